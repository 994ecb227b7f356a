import type { CairnEvent } from "../domain/events.ts";
import type { Part } from "../domain/message.ts";
import type { Status } from "../domain/status.ts";
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

/** A message with its parts in order. */
export interface Message {
  id: string;
  role: string;
  parts: Part[];
  createdAt: number;
}

/** From a row read by drizzle (boolean `archived`) or by raw SQL (0/1). */
export const projectOf = ({ sessionCounter: _, archived, ...row }: Omit<typeof projects.$inferSelect, "archived"> & { archived: boolean | number }): Project => ({
  ...row,
  archived: Boolean(archived),
});
export const sessionOf = (row: Omit<typeof sessions.$inferSelect, "status"> & { status: string }): Session => row as Session;
