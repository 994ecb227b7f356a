import { eventDeliveryText } from "../domain/delivery.ts";
import { coordinationKind, projectStream, sessionStream, streamName, type CairnEvent } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { eventId, refName } from "../domain/ids.ts";
import { checkedPayload, type Json } from "../domain/json.ts";
import type { CommandContext } from "./context.ts";
import { requestDelivery } from "./delivery.ts";
import { requireSession } from "./session.ts";

export interface RecordEventInput {
  kind: string;
  source?: string;
  target?: string;
  session?: string;
  project?: string;
  payload?: Record<string, Json>;
  /** Client id: retrying with the same id and body is a no-op. */
  id?: string;
  /** Stream to append to; defaults to the session's, else the project's, else the source agent's. */
  stream?: string;
  expectedVersion?: number;
  /** Also deliver the event to the live agent of the session named by `target`. */
  deliver?: boolean;
}

/** Default stream of a coordination event: the narrowest thing it is about. */
function streamOf(input: RecordEventInput, project: string | undefined): string {
  if (input.stream) return streamName(input.stream);
  if (input.session) return sessionStream(input.session);
  if (project) return projectStream(project);
  if (input.source) return streamName(`agent:${input.source}`);
  return "log:main";
}

/**
 * Records a coordination event (task_started, lock_acquired, …) for the audit trail and the
 * tail. Its kind and references are checked by the coordination rule in domain/event-rules.ts.
 */
export function recordEvent(ctx: CommandContext, input: RecordEventInput): { event: CairnEvent; duplicate: boolean } {
  const kind = coordinationKind(input.kind); // never a domain event: those come from their own commands
  const source = input.source === undefined ? null : refName("source", input.source);
  const target = input.target === undefined ? null : refName("target", input.target);
  const id = input.id === undefined ? undefined : eventId(input.id);
  const payload = input.payload === undefined ? {} : checkedPayload(input.payload);
  if (input.expectedVersion !== undefined && (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0)) {
    fail("invalid", `expected version must be a whole number ≥ 0, got ${input.expectedVersion}`);
  }
  if (input.deliver && target === null) fail("usage", "--deliver needs --target SESSION: the session whose agent gets the event");
  return ctx.store.write((w) => {
    const session = input.session === undefined ? undefined : requireSession(w, input.session);
    const recipient = input.deliver ? requireSession(w, target!) : undefined;
    if (recipient && recipient.agent === null) fail("invalid", `session ${recipient.id} has no live agent to deliver to; record the event without --deliver`);
    const project = input.project ?? (session ?? recipient)?.project;
    const appended = w.append({
      id,
      stream: streamOf(input, project),
      kind,
      project: project ?? null,
      session: session?.id ?? null,
      source,
      target,
      payload,
      actor: ctx.actor,
      expectedVersion: input.expectedVersion,
    });
    if (recipient && !appended.duplicate) requestDelivery(ctx, w, recipient, { id: appended.event.id, kind: "event", text: eventDeliveryText(ctx.actor, appended.event) });
    return appended;
  });
}
