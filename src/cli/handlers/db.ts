import { fail } from "../../domain/errors.ts";
import { renderRecord } from "../../format/table.ts";
import { SCHEMA_VERSION } from "../../store/migrate.ts";
import type { Invocation } from "../types.ts";

// Read-side modules load drizzle (~15 ms): imported inside the handlers that read, so
// `event add` and friends (run by hooks on every tool call) start fast.
const queries = () => import("../../store/queries.ts");
const rebuild = () => import("../../store/rebuild.ts");

/** Prints a small report as key/value lines, or JSON. */
function report(cli: Invocation, fields: Record<string, string | number | boolean>): void {
  if (cli.format === "json") return cli.write(JSON.stringify(fields, null, 2) + "\n");
  cli.write(renderRecord(Object.entries(fields).map(([k, v]) => [k, String(v)]), cli.format));
}

const fileSize = (path: string): number => Bun.file(path).size;

export function dbPath(cli: Invocation) {
  cli.write(`${cli.dbPath}\n`);
}

export function dbMigrate(cli: Invocation) {
  cli.store();
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
  const { applied } = rebuildProjections(cli.store());
  report(cli, { rebuilt: true, domainEvents: applied });
}

export async function dbCheck(cli: Invocation) {
  const { checkDatabase } = await rebuild();
  const r = checkDatabase(cli.store());
  const ok = r.integrity.length === 1 && r.integrity[0] === "ok" && r.foreignKeys === 0 && r.rules === "ok" && r.projectionsMatchLog && r.badTimes === 0;
  report(cli, { ok, integrity: r.integrity.join("; "), foreignKeyErrors: r.foreignKeys, rules: r.rules, projectionsMatchLog: r.projectionsMatchLog, eventsWithBadTime: r.badTimes });
  if (!ok) fail("storage", `database ${cli.dbPath} failed its check`);
}
