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

export const isStatus = (value: string): value is Status => (STATUSES as readonly string[]).includes(value);

export const canTransition = (from: Status, to: Status): boolean => TRANSITIONS[from].includes(to);

export const isFinished = (status: Status): boolean => (FINISHED as readonly string[]).includes(status);
