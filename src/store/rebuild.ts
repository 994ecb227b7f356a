import { checkEvent } from "../domain/event-rules.ts";
import { CairnError, fail } from "../domain/errors.ts";
import { ruleState } from "./append.ts";
import { TS_RANGE } from "../domain/when.ts";
import { missingTables, recreateTables } from "./migrate.ts";
import { applyCoordinationEvent, applyEvent } from "./projections.ts";
import { allEvents } from "./queries.ts";
import { PROJECTION_TABLES } from "./schema.ts";
import { Database } from "bun:sqlite";
import { Store } from "./store.ts";

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
    if (!domain) {
      applyCoordinationEvent(store.statements, event);
      continue;
    }
    applyEvent(store.statements, domain);
    applied++;
  }
  return applied;
}

/** `db rebuild`: projections from the log, in one immediate transaction; projection tables dropped by hand are made again. */
export function rebuildProjections(store: Store): { applied: number; recreated: string[] } {
  return store.write(() => {
    const missing = missingTables(store.sqlite);
    if (missing.includes("events")) fail("storage", `database ${store.path} has lost its event log (the events table): nothing to rebuild from`);
    recreateTables(store.sqlite, missing);
    return { applied: replay(store), recreated: missing };
  });
}

/** Every projection row, in primary-key order, as text: equal dumps mean equal projections. */
export function dumpProjections(store: Store): string {
  return PROJECTION_TABLES.map((table) => {
    const rows = store.sqlite.query(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).values();
    return `${table}\n${rows.map((r) => JSON.stringify(r)).join("\n")}`;
  }).join("\n");
}

export interface CheckReport {
  integrity: string[];
  foreignKeys: number;
  /** Tables of cairn's schema the file lacks (dropped by hand). */
  missingTables: string[];
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
  const missing = missingTables(store.sqlite);
  // Without all its tables there is nothing to compare: say what is missing.
  if (missing.length > 0) return { integrity, foreignKeys, missingTables: missing, rules: "not checked", projectionsMatchLog: false, badTimes: 0 };
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
  return { integrity, foreignKeys, missingTables: [], rules, projectionsMatchLog, badTimes };
}

/**
 * `db check` of a database cairn may not write (a read-only file or directory): the same
 * checks on a copy in memory, so nothing needs the write lock and nothing is changed.
 */
export function checkReadOnlyDatabase(path: string): CheckReport {
  const image = databaseImage(path);
  // The copy lives in memory, where there is no WAL: mark the image as a rollback-journal file.
  image[18] = 1;
  image[19] = 1;
  const copy = new Store(Database.deserialize(image, { strict: true }), path);
  try {
    return checkDatabase(copy);
  } finally {
    copy.close();
  }
}

/** The database's pages: through SQLite when it can read the file, else (read-only media, no -shm possible) the file's bytes. */
function databaseImage(path: string): Uint8Array {
  try {
    const file = Store.open(path, { readonly: true });
    try {
      return file.sqlite.serialize();
    } finally {
      file.close();
    }
  } catch (error) {
    const { readFileSync } = require("node:fs") as typeof import("node:fs");
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw error;
    }
    if (new TextDecoder().decode(bytes.subarray(0, 15)) !== "SQLite format 3") throw error;
    return bytes;
  }
}
