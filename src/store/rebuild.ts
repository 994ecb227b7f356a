import { checkEvent } from "../domain/event-rules.ts";
import { CairnError } from "../domain/errors.ts";
import { ruleState } from "./append.ts";
import { TS_RANGE } from "../domain/when.ts";
import { applyEvent } from "./projections.ts";
import { allEvents } from "./queries.ts";
import { PROJECTION_TABLES } from "./schema.ts";
import type { Store } from "./store.ts";

/**
 * Replays the whole log into empty projection tables, every event through the same rules
 * as when it was appended; returns how many domain events it applied. An event its rule
 * refuses (a log written by an older cairn, or edited by hand) stops the replay, naming it.
 */
function replay(store: Store): number {
  for (const table of PROJECTION_TABLES) store.sqlite.run(`DELETE FROM ${table}`);
  const state = ruleState(store.statements);
  let applied = 0;
  for (const event of allEvents(store)) {
    let domain;
    try {
      domain = checkEvent(state, event);
    } catch (error) {
      if (!(error instanceof CairnError)) throw error;
      throw new CairnError("invalid", `event ${event.seq} (${event.kind}) breaks a rule: ${error.message}`);
    }
    if (!domain) continue;
    applyEvent(store.statements, domain);
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
  /** "ok", or the first event of the log that its rule refuses. */
  rules: string;
  projectionsMatchLog: boolean;
  /** Events whose time has no ISO-8601 form (export and views could not show them). */
  badTimes: number;
}

/** `db check`: SQLite's integrity check, foreign keys, and a dry-run rebuild (through the rules) compared row for row. */
export function checkDatabase(store: Store): CheckReport {
  const integrity = store.sqlite
    .query("PRAGMA integrity_check")
    .values()
    .map((r) => String(r[0]));
  const foreignKeys = store.sqlite.query("PRAGMA foreign_key_check").all().length;
  const badTimes = (
    store.sqlite
      .query(`SELECT count(*) AS n FROM events WHERE typeof(ts) != 'integer' OR ts < ${TS_RANGE.min} OR ts > ${TS_RANGE.max}`)
      .get() as { n: number }
  ).n;
  const rolledBack = new Error("dry run");
  let projectionsMatchLog = false;
  let rules = "ok";
  try {
    store.write(() => {
      const before = dumpProjections(store);
      try {
        replay(store);
      } catch (error) {
        if (!(error instanceof CairnError)) throw error;
        rules = error.message;
        throw rolledBack;
      }
      projectionsMatchLog = before === dumpProjections(store);
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack) throw error;
  }
  return { integrity, foreignKeys, rules, projectionsMatchLog, badTimes };
}
