import { afterAll, expect, test } from "bun:test";
import { getTableColumns } from "drizzle-orm";
import { addProject } from "../commands/project.ts";
import { newSession } from "../commands/session.ts";
import { tempDir } from "../testing/harness.ts";
import { projects, sessions } from "./schema.ts";
import { WRITE_SQL } from "./statements.ts";
import { Store } from "./store.ts";

const tmp = tempDir();
const store = Store.open(tmp.db);
afterAll(() => {
  store.close();
  tmp.cleanup();
});

test("every write statement compiles against the migrated schema", () => {
  for (const [name, sql] of Object.entries(WRITE_SQL)) {
    expect(() => store.sqlite.prepare(sql), name).not.toThrow();
  }
});

test("rows the write path reads have exactly the drizzle schema's fields", () => {
  addProject({ store, actor: "t" }, { id: "p" });
  newSession({ store, actor: "t" }, { project: "p", externalId: "ext-1" });
  const keys = (row: unknown) => Object.keys(row as object).sort();
  expect(keys(store.statements.projectById.get("p"))).toEqual(Object.keys(getTableColumns(projects)).sort());
  expect(keys(store.statements.sessionById.get("p-1"))).toEqual(Object.keys(getTableColumns(sessions)).sort());
  expect(keys(store.statements.sessionByExternalId.get("ext-1"))).toEqual(Object.keys(getTableColumns(sessions)).sort());
});

test("locks are read through the partial index of lock events, not all of a project's events nor every project's locks", () => {
  // A PreToolUse of an edit folds them: through the project's index it took 11 ms at 50,000
  // events, and the UI's first frame on a million events spent ~45 ms there.
  const plan = (sql: string, ...params: Array<string | number>) => (store.sqlite.query(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((step) => step.detail).join("; ");
  expect(plan(WRITE_SQL.lockEvents, "p", 0, 10)).toContain("USING COVERING INDEX events_locks (project=? AND seq>? AND seq<?)");
  expect(plan(WRITE_SQL.lockProjects, 0)).toContain("SEARCH events USING COVERING INDEX events_locks (project=?)");
  expect(plan(WRITE_SQL.lockProjects, 0)).not.toContain("SCAN events");
});
