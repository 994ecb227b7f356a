/**
 * Live agents' side tables read on the hot path (hooks, deliverers) with prepared statements:
 * messaging endpoints (credentials, outside the log) and the locks held now.
 */
import type { HeldLock } from "../domain/locks.ts";
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

/** Locks held now (the held_locks projection), in one project or all of them, with the project each belongs to. */
export function currentLocks(store: Store, project?: string): Array<HeldLock & { project: string }> {
  const s = store.statements;
  // A lock ends with its holder's session. (Loops, not .filter(): a hook's PreToolUse runs
  // this, and each Array builtin costs ~0.2 ms on first use.)
  const locks: Array<HeldLock & { project: string }> = [];
  for (const lock of s.heldLocks.all(project ?? null)) {
    const holder = s.sessionStatus.get(lock.session);
    if (holder && !isFinished(holder.status)) locks.push(lock);
  }
  return locks;
}
