/**
 * Live agents' side tables read on the hot path (hooks, deliverers) with prepared statements:
 * messaging endpoints (credentials, outside the log) and the locks held now.
 */
import { heldLocks, type HeldLock, type LockEvent } from "../domain/locks.ts";
import { AGENT_CONVERSATION_KIND } from "../domain/supervision.ts";
import { isFinished } from "../domain/status.ts";
import type { Store } from "./store.ts";

export interface Endpoint {
  socket: string;
  token: string;
}

export const endpointOf = (store: Store, session: string): Endpoint | undefined => store.statements.endpointBySession.get(session) ?? undefined;

/** Kept only in the database (user-only file): never in the log, never printed. */
export function saveEndpoint(store: Store, session: string, endpoint: Endpoint): void {
  store.statements.saveEndpoint.run(session, endpoint.socket, endpoint.token, Date.now());
}

export function forgetEndpoint(store: Store, session: string): void {
  store.statements.forgetEndpoint.run(session);
}

/** The supervised session whose agent (`source`) named conversation `id` as its own, if any. */
export function sessionOfConversation(store: Store, source: string, id: string): string | undefined {
  const row = store.sqlite
    .query("SELECT session FROM events WHERE kind = ?1 AND source = ?2 AND json_extract(payload, '$.id') = ?3 ORDER BY seq DESC LIMIT 1")
    .get(AGENT_CONVERSATION_KIND, source, id) as { session: string } | null;
  return row?.session;
}

/** A project's lock events after seq `after` up to `upTo`, in log order (the UI folds only what is new). */
export function lockEventsAfter(store: Store, project: string, after: number, upTo: number): LockEvent[] {
  const events: LockEvent[] = [];
  for (const e of store.statements.lockEvents.all(project, after, upTo)) events.push({ ...e, payload: JSON.parse(e.payload) as Record<string, unknown> });
  return events;
}

/** Projects with lock events after seq `after`, each with the seq of its newest one. */
export const lockProjectsAfter = (store: Store, after: number): Array<{ project: string; seq: number }> => store.statements.lockProjects.all(after);

/** Locks held now, in one project or all of them, with the project each belongs to. */
export function currentLocks(store: Store, project?: string): Array<HeldLock & { project: string }> {
  const s = store.statements;
  const ended = (session: string) => {
    const row = s.sessionStatus.get(session);
    return !row || isFinished(row.status);
  };
  // Loops, not .map()/.flatMap(): a hook's PreToolUse runs this, and each Array builtin costs ~0.2 ms on first use.
  const locks: Array<HeldLock & { project: string }> = [];
  const projects: string[] = [];
  if (project !== undefined) projects.push(project);
  else for (const r of lockProjectsAfter(store, 0)) projects.push(r.project);
  for (const p of projects) for (const lock of heldLocks(lockEventsAfter(store, p, 0, Number.MAX_SAFE_INTEGER), ended)) locks.push({ ...lock, project: p });
  return locks;
}
