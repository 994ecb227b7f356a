import type { CairnEvent } from "../domain/events.ts";
import { isDomainKind } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import type { Json } from "../domain/json.ts";
import { newEventId } from "../domain/ids.ts";
import { applyEvent } from "./projections.ts";
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

/**
 * Appends one event and updates projections; must run inside a write transaction.
 * `versions` holds each stream's version as seen in this transaction (we hold the write
 * lock, so it cannot change underneath): a batch reads each stream's version once.
 */
export function appendEvent(s: Statements, input: NewEvent, versions: Map<string, number>): Appended {
  const payload = JSON.stringify(input.payload);
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
  const e = event;
  const known = versions.get(e.stream);
  const stored =
    known === undefined
      ? s.insertEvent.get(e.id, e.stream, e.kind, e.project, e.session, e.source, e.target, payload, e.ts, e.actor)!
      : s.insertEventAt.get(e.id, e.stream, e.kind, e.project, e.session, e.source, e.target, payload, e.ts, e.actor, known + 1)!;
  versions.set(e.stream, stored.version);
  // A mismatch throws inside the caller's transaction, which rolls the insert back.
  if (input.expectedVersion != null && input.expectedVersion !== stored.version - 1) {
    fail("conflict", `stream ${input.stream} is at version ${stored.version - 1}, expected ${input.expectedVersion}`);
  }
  event.seq = stored.seq;
  event.version = stored.version;
  if (isDomainKind(event.kind)) applyEvent(s, event);
  return { event, duplicate: false };
}
