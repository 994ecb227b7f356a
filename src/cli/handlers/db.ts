import { fail } from "../../domain/errors.ts";
import { jsonText } from "../../domain/json.ts";
import { renderRecord } from "../../format/table.ts";
import { directoryOf } from "../../store/location.ts";
import { missingTables, SCHEMA_VERSION } from "../../store/migrate.ts";
import type { Invocation } from "../types.ts";

// Read-side modules load drizzle (~15 ms): imported inside the handlers that read, so
// `event add` and friends (run by hooks on every tool call) start fast.
const queries = () => import("../../store/queries.ts");
const rebuild = () => import("../../store/rebuild.ts");

/** Prints a small report as key/value lines, or JSON. */
function report(cli: Invocation, fields: Record<string, string | number | boolean>): void {
  if (cli.format === "json") return cli.write(jsonText(fields, 2) + "\n");
  cli.write(renderRecord(Object.entries(fields).map(([k, v]) => [k, String(v)]), cli.format));
}

const fileSize = (path: string): number => Bun.file(path).size;

export function dbPath(cli: Invocation) {
  cli.write(`${cli.dbPath}\n`);
}

export function dbMigrate(cli: Invocation) {
  const missing = missingTables(cli.store().sqlite);
  if (missing.length > 0) fail("storage", `database ${cli.dbPath} is missing ${missing.length === 1 ? "its table" : "tables"} ${missing.join(", ")}: run cairn db rebuild`);
  report(cli, { path: cli.dbPath, schema: SCHEMA_VERSION });
}

export async function dbStatus(cli: Invocation) {
  const { totals } = await queries();
  const store = cli.store();
  const t = totals(store);
  report(cli, {
    path: cli.dbPath,
    schema: SCHEMA_VERSION,
    projects: t.projects,
    sessions: t.sessions,
    events: t.events,
    bytes: fileSize(cli.dbPath),
    walBytes: fileSize(`${cli.dbPath}-wal`),
  });
}

export async function dbRebuild(cli: Invocation) {
  const { rebuildProjections } = await rebuild();
  const { applied, recreated } = rebuildProjections(cli.store());
  report(cli, { rebuilt: true, domainEvents: applied, ...(recreated.length ? { recreatedTables: recreated.join(", ") } : {}) });
}

/** Whether cairn may write the file and its directory (-wal/-shm live there). */
async function writable(path: string): Promise<boolean> {
  const { accessSync, constants, existsSync } = await import("node:fs");
  try {
    if (existsSync(path)) accessSync(path, constants.W_OK);
    accessSync(directoryOf(path), constants.W_OK); // EROFS on read-only media, even for root
    return true;
  } catch {
    return false;
  }
}

export async function dbCheck(cli: Invocation) {
  const { checkDatabase, checkReadOnlyDatabase } = await rebuild();
  // A check changes nothing: a database cairn may not write is checked all the same.
  const readOnly = !(await writable(cli.dbPath));
  const r = readOnly ? checkReadOnlyDatabase(cli.dbPath) : checkDatabase(cli.store());
  const ok = r.integrity.length === 1 && r.integrity[0] === "ok" && r.foreignKeys === 0 && r.missingTables.length === 0 && r.rules === "ok" && r.projectionsMatchLog && r.badTimes === 0;
  report(cli, {
    ok,
    ...(readOnly ? { readOnly: true } : {}),
    integrity: r.integrity.join("; "),
    foreignKeyErrors: r.foreignKeys,
    missingTables: r.missingTables.join(", ") || "none",
    rules: r.rules,
    projectionsMatchLog: r.projectionsMatchLog,
    eventsWithBadTime: r.badTimes,
  });
  if (r.missingTables.length > 0) fail("storage", `database ${cli.dbPath} is missing ${r.missingTables.length === 1 ? "its table" : "tables"} ${r.missingTables.join(", ")}: run cairn db rebuild`);
  if (!ok) fail("storage", `database ${cli.dbPath} failed its check`);
}
