/**
 * What a person is shown of a session, beyond what its events say: an agent whose process is
 * gone has ended, whatever its last hook said; a tool call left running in a session that is no
 * longer running was interrupted (Claude Code sends no hook when a permission is refused or a
 * tool is stopped with Esc). Derived when read, never stored.
 */
import type { Part, ToolState } from "./message.ts";
import type { Status } from "./status.ts";

/** Statuses that say an agent is at work or awaited: not true once its process is gone. */
const LIVE: ReadonlySet<Status> = new Set(["queued", "running", "waiting"]);

/** The status to show: `done` for a live-looking session whose agent process has ended. */
export const shownStatus = (status: Status, agentAlive: boolean | undefined): Status => (agentAlive === false && LIVE.has(status) ? "done" : status);

export type ShownToolState = ToolState | "interrupted";

/** A tool part's state as shown in a session of `status`: running only while the session runs, pending only while it waits. */
export function shownToolState(state: ToolState, status: Status): ShownToolState {
  if (state === "running" && status !== "running") return "interrupted";
  if (state === "pending" && status !== "waiting" && status !== "running") return "interrupted";
  return state;
}

/** The parts of a message as shown in a session of `status`. */
export const shownParts = (parts: Part[], status: Status): Part[] =>
  parts.map((p) => (p.type === "tool" && (p.state === "running" || p.state === "pending") ? { ...p, state: shownToolState(p.state as ToolState, status) } : p) as Part);
