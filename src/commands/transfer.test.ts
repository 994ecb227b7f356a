import { afterAll, expect, test } from "bun:test";
import { cairn, cairnOk, dumpAll, tempDir } from "../testing/harness.ts";
import { dumpProjections } from "../store/rebuild.ts";
import { Store } from "../store/store.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const source = tmp.db;
const target = `${tmp.dir}/copy.db`;

const projections = (db: string) => {
  const store = Store.open(db);
  try {
    return dumpProjections(store);
  } finally {
    store.close();
  }
};

test("an export imported into an empty database reproduces the projections; a second import changes nothing", async () => {
  await cairnOk(source, ["project", "add", "api", "--description", "tabs\tand \u001b[31mescapes"]);
  const s = (await cairnOk(source, ["session", "new", "api", "hello"])).trim();
  await cairnOk(source, ["session", "append", s, "reply", "--role", "assistant"]);
  await cairnOk(source, ["session", "status", s, "running"]);
  await cairnOk(source, ["event", "add", "lock_acquired", "--session", s, "--payload", '{"file":"a"}']);
  const file = `${tmp.dir}/log.jsonl`;
  await cairnOk(source, ["export", "--out", file]);
  const lines = (await Bun.file(file).text()).trim().split("\n");
  expect(lines).toHaveLength(6);
  expect(JSON.parse(lines[0]!)).toMatchObject({ seq: 1, kind: "project.created", project: "api" });

  expect(await cairnOk(target, ["import", file])).toBe("imported 6 events (0 already present) from 6 lines\n");
  expect(projections(target)).toBe(projections(source));
  const once = dumpAll(target);
  expect(await cairnOk(target, ["import", "-"], { stdin: await Bun.file(file).text() })).toContain("imported 0 events (6 already present)");
  expect(dumpAll(target)).toBe(once);
});

test("export to stdout matches filters; import accepts epoch-millisecond times", async () => {
  const out = await cairnOk(source, ["export", "--kind", "lock_acquired"]);
  const line = JSON.parse(out.trim());
  expect(line.kind).toBe("lock_acquired");
  const db = `${tmp.dir}/epoch.db`;
  const ts = Date.UTC(2025, 0, 2, 3, 4, 5);
  await cairnOk(db, ["import", "-"], { stdin: JSON.stringify({ id: "e1", stream: "job:1", kind: "ping", payload: {}, ts }) + "\n" });
  const [event] = JSON.parse(await cairnOk(db, ["event", "list", "--format", "json"]));
  expect(event.ts).toBe("2025-01-02T03:04:05.000Z");
});

test("a bad line aborts the whole import, naming the line", async () => {
  const db = `${tmp.dir}/bad.db`;
  const good = JSON.stringify({ id: "g1", stream: "job:1", kind: "ping", payload: {}, ts: 1 });
  const run = await cairn(db, ["import", "-"], { stdin: `${good}\n{"id":"b1","stream":"job:1","kind":"ping","payload":[]}\n` });
  expect(run.code).toBe(1);
  expect(run.stderr).toBe('cairn: line 2: "payload" must be a JSON object\n');
  expect(JSON.parse(await cairnOk(db, ["event", "list", "--format", "json"]))).toEqual([]);
});

test("a domain event that contradicts the database is refused", async () => {
  const db = `${tmp.dir}/orphan.db`;
  const orphan = { id: "o1", stream: "session:zz-1", kind: "message.appended", project: "zz", session: "zz-1", payload: { id: "m1", role: "user", parts: [{ type: "text", text: "hi" }] }, ts: 1 };
  const run = await cairn(db, ["import", "-"], { stdin: JSON.stringify(orphan) });
  expect(run.code).toBe(1);
  expect(run.stderr).toStartWith("cairn: line 1: ");
  expect(run.stderr.split("\n")).toHaveLength(2);
});
