import { isDomainKind } from "../domain/events.ts";
import { applyEvent } from "./projections.ts";
import { allEvents } from "./queries.ts";
import { PROJECTION_TABLES } from "./schema.ts";
import type { Store } from "./store.ts";

/** Replays the whole log into empty projection tables; returns how many domain events it applied. */
function replay(store: Store): number {
  for (const table of PROJECTION_TABLES) store.sqlite.run(`DELETE FROM ${table}`);
  let applied = 0;
  for (const event of allEvents(store)) {
    if (!isDomainKind(event.kind)) continue;
    applyEvent(store.statements, event);
    applied++;
  }
  return applied;
}

/** `db rebuild`: projections from the log, in one immediate transaction. */
export function rebuildProjections(store: Store): { applied: number } {
  return store.write(() => ({ applied: replay(store) }));
}

/** Every projection row, in primary-key order, as text: equal dumps mean equal projections. */
export function dumpProjections(store: Store): string {
  return PROJECTION_TABLES.map((table) => {
    const rows = store.sqlite.query(`SELECT * FROM ${table} ORDER BY 1, 2`).values();
    return `${table}\n${rows.map((r) => JSON.stringify(r)).join("\n")}`;
  }).join("\n");
}

export interface CheckReport {
  integrity: string[];
  foreignKeys: number;
  projectionsMatchLog: boolean;
}

/** `db check`: SQLite's integrity check, foreign keys, and a dry-run rebuild compared row for row. */
export function checkDatabase(store: Store): CheckReport {
  const integrity = store.sqlite
    .query("PRAGMA integrity_check")
    .values()
    .map((r) => String(r[0]));
  const foreignKeys = store.sqlite.query("PRAGMA foreign_key_check").all().length;
  const rolledBack = new Error("dry run");
  let projectionsMatchLog = false;
  try {
    store.write(() => {
      const before = dumpProjections(store);
      replay(store);
      projectionsMatchLog = before === dumpProjections(store);
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
  return { integrity, foreignKeys, projectionsMatchLog };
}
