/**
 * Locks agents obey: `lock_acquired` / `lock_released` coordination events with
 * `{"path": "<repo-relative path or glob>"}`, recorded for a session. Pure rules, no I/O.
 */

export const LOCK_KINDS = { acquired: "lock_acquired", released: "lock_released" } as const;

/** An event as the lock rule reads it. */
export interface LockEvent {
  seq: number;
  kind: string;
  session: string | null;
  payload: Record<string, unknown>;
  ts: number;
}

/** A lock someone holds now. */
export interface HeldLock {
  path: string;
  session: string;
  /** When it was taken (epoch ms) and by which event. */
  since: number;
  seq: number;
}

/** A lock path as written: no leading `./`, no trailing `/`. */
export const normalLockPath = (path: string): string => path.trim().replace(/^(\.\/)+/, "").replace(/\/+$/, "");

const lockPath = (payload: Record<string, unknown>): string | undefined =>
  typeof payload.path === "string" && normalLockPath(payload.path) !== "" ? normalLockPath(payload.path) : undefined;

/**
 * What one lock event changes. A session takes a path until it releases that path (a release
 * without a session frees the path for everyone) or its session ends (readers skip the locks
 * of ended sessions); taking a path it holds already changes nothing, so `since` stays the
 * first time. Other events, and lock events without a path or (to take) a session: nothing.
 * The store keeps the result as the held_locks projection (store/projections.ts).
 */
export type LockChange = { take: HeldLock } | { free: { path: string; session: string | null } };

export function lockChange(e: LockEvent): LockChange | undefined {
  if (e.kind !== LOCK_KINDS.acquired && e.kind !== LOCK_KINDS.released) return undefined;
  const path = lockPath(e.payload);
  if (!path) return undefined;
  if (e.kind === LOCK_KINDS.released) return { free: { path, session: e.session } };
  return e.session ? { take: { path, session: e.session, since: e.ts, seq: e.seq } } : undefined;
}

const GLOB = /[*?[\]{}]/;

/** Does a lock on `pattern` cover `path` (both repo-relative)? A plain path also covers what is under it. */
export function lockCovers(pattern: string, path: string): boolean {
  const p = normalLockPath(pattern);
  const target = normalLockPath(path);
  if (GLOB.test(p)) return new Bun.Glob(p).match(target);
  return target === p || target.startsWith(`${p}/`);
}

/** Claude Code's tools that change files, and where each names the file. */
const EDIT_TOOLS: Record<string, string> = { Edit: "file_path", Write: "file_path", MultiEdit: "file_path", NotebookEdit: "notebook_path" };

/** Whether a tool changes files (only then can a lock refuse it). */
export const changesFiles = (tool: string): boolean => Object.hasOwn(EDIT_TOOLS, tool);

/** The file a tool call would change, relative to the repository root when it lies inside it. */
export function editedPath(tool: string, input: unknown, root: string | undefined): string | undefined {
  const field = EDIT_TOOLS[tool];
  if (!field || !input || typeof input !== "object") return undefined;
  const path = (input as Record<string, unknown>)[field];
  if (typeof path !== "string" || path === "") return undefined;
  const top = root?.replace(/\/+$/, "");
  return top && path.startsWith(`${top}/`) ? path.slice(top.length + 1) : path;
}

/**
 * Why a tool call must be refused, or undefined to let it run: it would change a path that a
 * lock held by another session covers.
 */
export function lockRefusal(input: { tool: string; toolInput: unknown; root: string | undefined; session: string; locks: readonly HeldLock[] }): string | undefined {
  const path = editedPath(input.tool, input.toolInput, input.root);
  if (path === undefined) return undefined;
  const lock = input.locks.find((l) => l.session !== input.session && lockCovers(l.path, path));
  if (!lock) return undefined;
  return `${path} is locked by cairn session ${lock.session} (lock on ${JSON.stringify(lock.path)} since ${new Date(lock.since).toISOString()}). Do not change it until that session records lock_released; work on something else or ask the person.`;
}
