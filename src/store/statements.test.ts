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
