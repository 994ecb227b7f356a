import type { Database } from "bun:sqlite";
import journal from "../../drizzle/meta/_journal.json" with { type: "json" };
import { fail } from "../domain/errors.ts";
import { packageFile } from "../package-files.ts";
import { applyCoordinationEvent } from "./projections.ts";
import { rowToEvent, type EventRow } from "./rows.ts";
import { prepareStatements } from "./statements.ts";


/** The schema version this cairn writes: one per migration in `drizzle/`. */
export const SCHEMA_VERSION = journal.entries.length;

const userVersion = (sqlite: Database): number =>
  (sqlite.query("PRAGMA user_version").get() as { user_version: number }).user_version;

/** True when the file is at this cairn's schema; refuses one from a newer cairn. */
export function isCurrent(sqlite: Database, path: string): boolean {
  const seen = userVersion(sqlite);
  if (seen > SCHEMA_VERSION) tooNew(path, seen);
  return seen === SCHEMA_VERSION;
}

/**
 * Applies pending `drizzle/` migrations under an immediate lock, tracking progress in
 * `PRAGMA user_version`. drizzle's own migrate() races when several processes open a
 * fresh file at once; re-reading the version after taking the lock makes this safe.
 */
export function migrate(sqlite: Database, path: string): boolean {
  sqlite.run("BEGIN IMMEDIATE");
  try {
    const current = userVersion(sqlite);
    if (current > SCHEMA_VERSION) tooNew(path, current);
    if (current === SCHEMA_VERSION) {
      sqlite.run("COMMIT"); // another process migrated while we waited for the lock
      return false;
    }
    refuseForeignDatabase(sqlite, path);
    for (const statement of migrationStatements(current)) sqlite.run(statement);
    for (const { tag, fill } of FILLS) if (current <= journal.entries.findIndex((e) => e.tag === tag)) fill(sqlite);
    sqlite.run(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    sqlite.run("COMMIT");
    return true;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.run("ROLLBACK");
    throw error;
  }
}

/**
 * What SQL alone cannot migrate: a new projection filled from the log already there, by the
 * code that keeps it (a lock's path takes its normal form in code). Each runs once, with the
 * migration named by `tag`, in the same transaction.
 */
const FILLS: Array<{ tag: string; fill: (sqlite: Database) => void }> = [
  {
    tag: "0007_held_locks",
    fill(sqlite) {
      const s = prepareStatements(sqlite);
      for (const row of sqlite.query("SELECT * FROM events WHERE kind IN ('lock_acquired', 'lock_released') ORDER BY seq").iterate()) applyCoordinationEvent(s, rowToEvent(row as EventRow));
    },
  },
];

function tooNew(path: string, version: number): never {
  return fail(
    "storage",
    `database ${path} was written by a newer cairn (schema ${version}, this cairn knows ${SCHEMA_VERSION}); upgrade cairn to open it`,
  );
}

/** A SQLite file with tables but no cairn schema version belongs to something else: leave it alone. */
export function refuseForeignDatabase(sqlite: Database, path: string): void {
  // One statement, so one snapshot: read apart, another cairn's migration committing in between
  // would look like tables without a version, and a fresh file would be called foreign.
  const { version, tables } = sqlite
    .query("SELECT (SELECT user_version FROM pragma_user_version) AS version, (SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%') AS tables")
    .get() as { version: number; tables: number };
  if (version === 0 && tables > 0) fail("storage", `${path} is a SQLite database of another program, not a cairn database`);
}

/** The statements of the migrations after `from`, in order. */
function migrationStatements(from = 0): string[] {
  const { readFileSync } = require("node:fs") as typeof import("node:fs");
  return journal.entries.slice(from).flatMap((entry) =>
    readFileSync(packageFile(`drizzle/${entry.tag}.sql`), "utf8")
      .split("--> statement-breakpoint")
      .map((statement) => statement.trim())
      .filter(Boolean),
  );
}

/** The table a CREATE TABLE or CREATE INDEX statement is about. */
const tableOf = (statement: string): string | undefined => /^CREATE (?:TABLE `(\w+)`|(?:UNIQUE )?INDEX `\w+` ON `(\w+)`)/.exec(statement)?.slice(1).find(Boolean);

/** cairn's tables, as the migrations create them. */
export const schemaTables = (): string[] => [...new Set(migrationStatements().filter((s) => s.startsWith("CREATE TABLE")).map((s) => tableOf(s)!))];

/** Tables of cairn's schema that the file lacks (dropped by hand). */
export function missingTables(sqlite: Database): string[] {
  const present = new Set((sqlite.query("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name));
  return schemaTables().filter((t) => !present.has(t));
}

/** Creates missing tables again, with their indexes, as the migrations made them (empty: `db rebuild` fills projections). */
export function recreateTables(sqlite: Database, tables: string[]): void {
  const wanted = new Set(tables);
  for (const statement of migrationStatements()) {
    const table = tableOf(statement);
    if (table && wanted.has(table)) sqlite.run(statement);
  }
}
