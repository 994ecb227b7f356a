import type { CairnEvent } from "../domain/events.ts";
import type { Part } from "../domain/message.ts";
import type { Status } from "../domain/status.ts";
import type { Approval } from "../domain/supervision.ts";
import type { SupervisionRow } from "./statements.ts";
import type { events, projects, sessions } from "./schema.ts";

/** A stored event row with its payload still as text. */
export type EventRow = typeof events.$inferSelect;

export const rowToEvent = (row: EventRow): CairnEvent => ({ ...row, payload: JSON.parse(row.payload) });

/** A project as printed (the JSON shape scripts rely on). */
export type Project = Omit<typeof projects.$inferSelect, "createdAt" | "updatedAt" | "sessionCounter"> & {
  createdAt: number;
  updatedAt: number;
};

/** A session as printed; `updatedAt` is its last activity. */
export type Session = Omit<typeof sessions.$inferSelect, "status"> & { status: Status };

/** How far a message (or event) for a live agent got: `at` is when it was delivered or failed. */
export interface Delivery {
  state: "pending" | "delivered" | "failed";
  via: string | null;
  at: number | null;
  reason: string | null;
}

/** A message with its parts in order; `delivery` when it was for a live agent. */
export interface Message {
  id: string;
  role: string;
  parts: Part[];
  createdAt: number;
  delivery?: Delivery;
}

/** From a row read by drizzle (boolean `archived`) or by raw SQL (0/1). */
export const projectOf = ({ sessionCounter: _, archived, ...row }: Omit<typeof projects.$inferSelect, "archived"> & { archived: boolean | number }): Project => ({
  ...row,
  archived: Boolean(archived),
});
export const sessionOf = (row: Omit<typeof sessions.$inferSelect, "status"> & { status: string }): Session => row as Session;

/** A supervised session's agent and supervisor, as printed (`session show`). */
export interface Supervision {
  agent: string;
  agentSession: string;
  cwd: string;
  worktree: string | null;
  branch: string | null;
  ask: boolean;
  /** The supervisor process working it now, null when none does. */
  pid: number | null;
  approval: Approval | null;
  endedReason: string | null;
}

export const supervisionOf = (row: SupervisionRow): Supervision => ({
  agent: row.agent,
  agentSession: row.agentSession,
  cwd: row.cwd,
  worktree: row.worktree,
  branch: row.branch,
  ask: row.ask === 1,
  pid: row.pid,
  approval: row.approval === null ? null : (JSON.parse(row.approval) as Approval),
  endedReason: row.endedReason,
});
