// @bun
import {
  fail,
  renderRecord,
  SCHEMA_VERSION
} from "./cli-g5ebnejy.js";

// src/cli/handlers/db.ts
var queries = () => import("./queries-daq6w2dn.js");
var rebuild = () => import("./rebuild-bbhr96fk.js");
function report(cli, fields) {
  if (cli.format === "json")
    return cli.write(JSON.stringify(fields, null, 2) + `
`);
  cli.write(renderRecord(Object.entries(fields).map(([k, v]) => [k, String(v)]), cli.format));
}
var fileSize = (path) => Bun.file(path).size;
function dbPath(cli) {
  cli.write(`${cli.dbPath}
`);
}
function dbMigrate(cli) {
  cli.store();
  report(cli, { path: cli.dbPath, schema: SCHEMA_VERSION });
}
async function dbStatus(cli) {
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
    walBytes: fileSize(`${cli.dbPath}-wal`)
  });
}
async function dbRebuild(cli) {
  const { rebuildProjections } = await rebuild();
  const { applied } = rebuildProjections(cli.store());
  report(cli, { rebuilt: true, domainEvents: applied });
}
async function dbCheck(cli) {
  const { checkDatabase } = await rebuild();
  const r = checkDatabase(cli.store());
  const ok = r.integrity.length === 1 && r.integrity[0] === "ok" && r.foreignKeys === 0 && r.projectionsMatchLog;
  report(cli, { ok, integrity: r.integrity.join("; "), foreignKeyErrors: r.foreignKeys, projectionsMatchLog: r.projectionsMatchLog });
  if (!ok)
    fail("storage", `database ${cli.dbPath} failed its check`);
}
export {
  dbCheck,
  dbMigrate,
  dbPath,
  dbRebuild,
  dbStatus
};
