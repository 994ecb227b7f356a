import { afterAll, beforeAll, describe, expect, test } from "bun:test";
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

describe("an import holds every line to the rules the commands follow", () => {
  const db = `${tmp.dir}/rules.db`;
  let messageOfA = "";
  beforeAll(async () => {
    await cairnOk(db, ["project", "add", "a"]);
    await cairnOk(db, ["project", "add", "b"]);
    await cairnOk(db, ["session", "new", "a", "first task"]);
    await cairnOk(db, ["session", "new", "b", "second task"]);
    messageOfA = JSON.parse(await cairnOk(db, ["session", "show", "a-1", "--format", "json"])).messages[0].id;
  });

  const line = (n: number, kind: string, project: string, session: string, payload: Record<string, unknown>) =>
    JSON.stringify({ id: `r${n}-${kind}`, stream: `session:${session}`, kind, project, session, payload, ts: "2026-01-01T00:00:00Z" });
  // A line the rules accept, so a refusal on line 2 shows the import is refused whole.
  const good = () => line(1, "session.titled", "a", "a-1", { title: "renamed" });

  const CASES: Array<[string, () => string, RegExp]> = [
    ["an invalid transition", () => line(2, "session.status_changed", "a", "a-1", { from: "running", to: "done" }), /^cairn: line 2: session a-1 is queued, so it cannot go from running to done\n$/],
    ["a part update on another session's message", () => line(2, "message.part_updated", "b", "b-1", { messageId: messageOfA, position: 1, part: { type: "text", text: "overwritten" } }), /^cairn: line 2: message \S+ belongs to session a-1, not b-1\n$/],
    ["a message for a missing session", () => line(2, "message.appended", "a", "a-7", { id: "m7", role: "user", parts: [{ type: "text", text: "hi" }] }), /^cairn: line 2: no session a-7\n$/],
    ["a session event under another project", () => line(2, "session.titled", "b", "a-1", { title: "moved" }), /^cairn: line 2: session a-1 belongs to project a, not b\n$/],
    ["a session id that does not match its project", () => line(2, "session.created", "a", "b-2", { title: "t", status: "queued", externalId: null }), /^cairn: line 2: session id b-2 does not match its project a \(expected a-<n>\)\n$/],
    ["a session number that skips ahead", () => line(2, "session.created", "b", "b-9999999999", { title: "t", status: "queued", externalId: null }), /^cairn: line 2: session b-9999999999 is out of order: the next session of b is b-2\n$/],
  ];

  for (const [name, bad, error] of CASES) {
    test(`refuses ${name}: exit 1, one line naming the line and the rule, nothing written`, async () => {
      const before = dumpAll(db);
      const run = await cairn(db, ["import", "-"], { stdin: `${good()}\n${bad()}\n` });
      expect(run.stderr).toMatch(error);
      expect(run.code).toBe(1);
      expect(dumpAll(db)).toBe(before);
      await cairnOk(db, ["db", "check"]);
    });
  }

  test("after a refused import the commands go on as before", async () => {
    expect((await cairnOk(db, ["session", "new", "b", "third"])).trim()).toBe("b-2");
    expect((await cairnOk(db, ["session", "status", "a-1", "running"])).trim()).toBe("a-1 running");
  });
});

test("db check and db rebuild name an event of the log that breaks its rule", async () => {
  const db = `${tmp.dir}/forged.db`;
  await cairnOk(db, ["project", "add", "a"]);
  const s = (await cairnOk(db, ["session", "new", "a", "task"])).trim();
  // Forged behind cairn's back: a queued session moved straight to done.
  const store = Store.open(db);
  store.sqlite.run(
    "INSERT INTO events (id, stream, version, kind, project, session, payload, ts) VALUES ('forged', ?1, 9, 'session.status_changed', 'a', ?2, '{\"from\":\"queued\",\"to\":\"done\"}', 1)",
    [`session:${s}`, s],
  );
  store.close();
  const check = await cairn(db, ["db", "check", "--format", "json"]);
  expect(check.code).toBe(1);
  expect(JSON.parse(check.stdout).rules).toBe(`event 4 (session.status_changed) breaks a rule: session ${s} cannot go from queued to done (allowed: running, failed, cancelled)`);
  const rebuild = await cairn(db, ["db", "rebuild"]);
  expect(rebuild.code).toBe(1);
  expect(rebuild.stderr).toBe(`cairn: event 4 (session.status_changed) breaks a rule: session ${s} cannot go from queued to done (allowed: running, failed, cancelled)\n`);
});
