/** The CLI side of delivery and locks: `session show` delivery, `event add --deliver`, `lock list`. */
import { afterAll, beforeAll, expect, test } from "bun:test";
import { attachAgent } from "../commands/delivery.ts";
import { addProject } from "../commands/project.ts";
import { newSession } from "../commands/session.ts";
import { Store } from "../store/store.ts";
import { cairn, cairnOk, dumpAll, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
const db = tmp.db;
beforeAll(() => {
  const store = Store.open(db);
  const ctx = { store, actor: "test" };
  addProject(ctx, { id: "api" });
  addProject(ctx, { id: "web" });
  newSession(ctx, { project: "api", title: "live" });
  newSession(ctx, { project: "api", title: "idle" });
  newSession(ctx, { project: "web", title: "other project" });
  attachAgent({ store, actor: "agent" }, { session: "api-1", agent: "demo" });
  store.close();
});
afterAll(() => tmp.cleanup());

test("session show gives each message for a live agent its delivery state", async () => {
  await cairnOk(db, ["session", "append", "api-1", "for the agent"]);
  await cairnOk(db, ["session", "append", "api-2", "no agent here"]);
  const [live, idle] = await Promise.all(["api-1", "api-2"].map(async (id) => JSON.parse(await cairnOk(db, ["session", "show", id, "--format", "json"]))));
  expect(live.agent).toBe("demo");
  expect(live.messages[0].delivery).toEqual({ state: "pending", via: null, at: null });
  expect(idle.messages[0].delivery).toBeUndefined();
  expect(await cairnOk(db, ["session", "show", "api-1"])).toMatch(/1\. user · \d\d:\d\d:\d\d · pending/);
});

test("event add --deliver records the event and leaves it pending for the target's agent; refusals write nothing", async () => {
  const out = JSON.parse(await cairnOk(db, ["event", "add", "rebase_required", "--target", "api-1", "--deliver", "--format", "json"]));
  expect(out).toMatchObject({ kind: "rebase_required", target: "api-1", project: "api" });
  const before = dumpAll(db);
  expect(await cairn(db, ["event", "add", "ping", "--deliver"])).toEqual({ code: 2, stdout: "", stderr: "cairn: --deliver needs --target SESSION: the session whose agent gets the event\n" });
  expect(await cairn(db, ["event", "add", "ping", "--target", "api-2", "--deliver"])).toEqual({ code: 1, stdout: "", stderr: "cairn: session api-2 has no live agent to deliver to; record the event without --deliver\n" });
  expect(dumpAll(db)).toBe(before);
});

test("lock list shows the locks held now, per project, until released", async () => {
  await cairnOk(db, ["event", "add", "lock_acquired", "--session", "api-1", "--payload", '{"path":"src/charges.ts"}']);
  await cairnOk(db, ["event", "add", "lock_acquired", "--session", "web-1", "--payload", '{"path":"app/**"}']);
  expect(JSON.parse(await cairnOk(db, ["lock", "list", "--format", "json"]))).toMatchObject([
    { project: "api", path: "src/charges.ts", session: "api-1" },
    { project: "web", path: "app/**", session: "web-1" },
  ]);
  const table = await cairnOk(db, ["lock", "list", "--project", "api"]);
  expect(table.split("\n")[0]).toMatch(/^PROJECT\s+PATH\s+SESSION\s+SINCE$/);
  expect(table).toContain("src/charges.ts");
  expect(table).not.toContain("app/**");
  await cairnOk(db, ["event", "add", "lock_released", "--session", "api-1", "--payload", '{"path":"src/charges.ts"}']);
  expect(JSON.parse(await cairnOk(db, ["lock", "list", "--project", "api", "--format", "json"]))).toEqual([]);
  await cairnOk(db, ["session", "status", "web-1", "cancelled"]);
  expect(JSON.parse(await cairnOk(db, ["lock", "list", "--format", "json"]))).toEqual([]);
  expect((await cairn(db, ["lock", "list", "--project", "Not Valid"])).code).toBe(1);
});
