import { coordinationKind, projectStream, sessionStream, streamName, type CairnEvent } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { eventId, eventKind, refName } from "../domain/ids.ts";
import { checkedPayload, type Json } from "../domain/json.ts";
import type { CommandContext } from "./context.ts";
import { requireProject } from "./project.ts";
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
}

/** Default stream of a coordination event: the narrowest thing it is about. */
function streamOf(input: RecordEventInput, project: string | undefined): string {
  if (input.stream) return streamName(input.stream);
  if (input.session) return sessionStream(input.session);
  if (project) return projectStream(project);
  if (input.source) return streamName(`agent:${input.source}`);
  return "log:main";
}

/** Records a coordination event (task_started, lock_acquired, …) for the audit trail and the tail. */
export function recordEvent(ctx: CommandContext, input: RecordEventInput): { event: CairnEvent; duplicate: boolean } {
  const kind = coordinationKind(eventKind(input.kind));
  const source = input.source === undefined ? null : refName("source", input.source);
  const target = input.target === undefined ? null : refName("target", input.target);
  const id = input.id === undefined ? undefined : eventId(input.id);
  const payload = input.payload === undefined ? {} : checkedPayload(input.payload);
  if (input.expectedVersion !== undefined && (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0)) {
    fail("invalid", `expected version must be a whole number ≥ 0, got ${input.expectedVersion}`);
  }
  return ctx.store.write((w) => {
    const session = input.session === undefined ? undefined : requireSession(w, input.session);
    const project = input.project === undefined ? session?.project : requireProject(w, input.project).id;
    if (session && project !== session.project) fail("invalid", `session ${session.id} belongs to project ${session.project}, not ${project}`);
    return w.append({
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
  });
}
