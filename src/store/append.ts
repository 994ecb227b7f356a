import { checkEvent, type RuleState } from "../domain/event-rules.ts";
import type { CairnEvent } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { checkPayloadText } from "../domain/event-limits.ts";
import { checkTs } from "../domain/when.ts";
import { refName } from "../domain/ids.ts";
import type { Json } from "../domain/json.ts";
import { newEventId } from "../domain/ids.ts";
import { applyCoordinationEvent, applyEvent } from "./projections.ts";
import { rowToEvent } from "./rows.ts";
import type { Statements } from "./statements.ts";

/** An event to append; the store assigns seq and version. */
export interface NewEvent {
  /** Client-supplied id: a retry with the same id and body is a no-op. */
  id?: string;
  stream: string;
  kind: string;
  project?: string | null;
  session?: string | null;
  source?: string | null;
  target?: string | null;
  payload: Record<string, Json>;
  /** Epoch ms; defaults to now. Imports keep the original time. */
  ts?: number;
  actor?: string | null;
  /** The stream version the writer expects to find (0: a new stream). */
  expectedVersion?: number | null;
}

export interface Appended {
  event: CairnEvent;
  /** True when the id was already in the log with the same body (a retry). */
  duplicate: boolean;
}

const sameBody = (a: CairnEvent, b: NewEvent, payload: string): boolean =>
  a.stream === b.stream &&
  a.kind === b.kind &&
  a.project === (b.project ?? null) &&
  a.session === (b.session ?? null) &&
  a.source === (b.source ?? null) &&
  a.target === (b.target ?? null) &&
  JSON.stringify(a.payload) === payload;

/** The state the event rules read, answered from the projections by the write path's statements. */
export function ruleState(s: Statements): RuleState {
  return {
    project(id) {
      const row = s.projectById.get(id);
      return row ? { archived: row.archived === 1, sessionCounter: row.sessionCounter } : undefined;
    },
    session: (id) => (s.sessionById.get(id) as { project: string; status: never; agent: string | null } | null) ?? undefined,
    sessionByExternalId: (externalId) => s.sessionByExternalId.get(externalId) ?? undefined,
    message: (id) => s.messageById.get(id) ?? undefined,
    supervision(session) {
      const row = s.supervisionBySession.get(session);
      return row ? { pid: row.pid, approval: row.approval === null ? null : (JSON.parse(row.approval) as { request: string }).request } : undefined;
    },
    delivery: (id) => s.deliveryById.get(id) ?? undefined,
  };
}

/**
 * Appends one event and updates projections; must run inside a write transaction. Every
 * check comes before the insert (client id, the event's rule, expected version), so a
 * refused event leaves nothing behind even when its caller catches the error and goes on.
 * `versions` holds each stream's version as seen in this transaction (we hold the write lock,
 * so it cannot change underneath): a stream's version is read at its first append only.
 */
export function appendEvent(s: Statements, state: RuleState, input: NewEvent, versions: Map<string, number>): Appended {
  const payload = JSON.stringify(input.payload);
  // Limits every path shares (commands, hooks, import): what is stored always exports and re-imports.
  checkPayloadText(input.kind, payload);
  if (input.ts !== undefined) checkTs(input.ts);
  if (input.actor != null) refName("actor", input.actor);
  if (input.id !== undefined) {
    const row = s.eventById.get(input.id);
    if (row) {
      const existing = rowToEvent(row);
      if (!sameBody(existing, input, payload)) fail("conflict", `event id ${input.id} already exists with a different body`);
      return { event: existing, duplicate: true };
    }
  }
  const event: CairnEvent = {
    seq: 0,
    id: input.id ?? newEventId(),
    stream: input.stream,
    version: 0,
    kind: input.kind,
    project: input.project ?? null,
    session: input.session ?? null,
    source: input.source ?? null,
    target: input.target ?? null,
    payload: input.payload,
    ts: input.ts ?? Date.now(),
    actor: input.actor ?? null,
  };
  const domain = checkEvent(state, event);
  const known = versions.get(input.stream) ?? s.streamVersion.get(input.stream)!.version;
  if (input.expectedVersion != null && input.expectedVersion !== known) fail("conflict", `stream ${input.stream} is at version ${known}, expected ${input.expectedVersion}`);
  const e = event;
  e.version = known + 1;
  // The seq is the row id (INTEGER PRIMARY KEY): no RETURNING, which costs every append.
  e.seq = Number(s.insertEvent.run(e.id, e.stream, e.version, e.kind, e.project, e.session, e.source, e.target, payload, e.ts, e.actor).lastInsertRowid);
  versions.set(e.stream, e.version);
  if (domain) applyEvent(s, domain);
  else applyCoordinationEvent(s, event);
  return { event, duplicate: false };
}
