/** Session lifecycle: the only table of allowed status transitions. */
export const STATUSES = ["queued", "running", "waiting", "review", "done", "failed", "cancelled"] as const;
export type Status = (typeof STATUSES)[number];

const FINISHED = ["done", "failed", "cancelled"] as const;

export const TRANSITIONS: Readonly<Record<Status, readonly Status[]>> = {
  queued: ["running", "failed", "cancelled"],
  running: ["waiting", "review", ...FINISHED],
  waiting: ["running", "review", ...FINISHED],
  review: ["running", ...FINISHED],
  // a finished session can be re-queued
  done: ["queued"],
  failed: ["queued"],
  cancelled: ["queued"],
};

/** A finished session's agent has stopped working it: its locks end, nothing more is delivered. */
export const isFinished = (status: string): boolean => (FINISHED as readonly string[]).includes(status);

export const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

/** Where a status may go; none from a status outside the table (a hand-edited database). */
export const nextStatuses = (from: Status): readonly Status[] => TRANSITIONS[from] ?? [];

export const canTransition = (from: Status, to: Status): boolean => nextStatuses(from).includes(to);

/**
 * The shortest chain of allowed transitions from one status to another (empty when already
 * there), so an integration can move a session on without breaking the table's rules.
 */
export function pathTo(from: Status, to: Status): Status[] | undefined {
  if (from === to) return [];
  const previous = new Map<Status, Status>([[from, from]]);
  const queue: Status[] = [from];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const next of nextStatuses(at)) {
      if (previous.has(next)) continue;
      previous.set(next, at);
      if (next === to) {
        const path: Status[] = [to];
        for (let s = at; s !== from; s = previous.get(s)!) path.unshift(s);
        return path;
      }
      queue.push(next);
    }
  }
  return undefined;
}
