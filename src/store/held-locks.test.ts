import { afterEach, beforeEach, expect, test } from "bun:test";
import { recordEvent } from "../commands/event.ts";
import type { CommandContext } from "../commands/context.ts";
import { addProject } from "../commands/project.ts";
import { newSession, setStatus } from "../commands/session.ts";
import { tempDir } from "../testing/harness.ts";
import { currentLocks } from "./agents.ts";
import { checkDatabase, dumpProjections, rebuildProjections } from "./rebuild.ts";
import { Store } from "./store.ts";

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let ctx: CommandContext;
let a: string;
let b: string;
let w: string;

beforeEach(() => {
  tmp = tempDir();
  store = Store.open(tmp.db);
  ctx = { store, actor: "t" };
  addProject(ctx, { id: "api" });
  addProject(ctx, { id: "web" });
  a = newSession(ctx, { project: "api", title: "a" }).id;
  b = newSession(ctx, { project: "api", title: "b" }).id;
  w = newSession(ctx, { project: "web", title: "w" }).id;
});

afterEach(() => {
  store.close();
  tmp.cleanup();
});

const lock = (session: string | undefined, path: string, kind = "lock_acquired", project?: string) => recordEvent(ctx, { kind, session, project, payload: { path } });
const held = (project?: string) => currentLocks(store, project).map((l) => `${l.project} ${l.session} ${l.path}`);

test("a lock is held from lock_acquired until its session releases that path, in each project", () => {
  lock(a, "src/x.ts");
  lock(b, "src/y.ts");
  lock(w, "web/z.ts");
  expect(held("api")).toEqual([`api ${a} src/x.ts`, `api ${b} src/y.ts`]);
  lock(a, "src/x.ts", "lock_released");
  expect(held("api")).toEqual([`api ${b} src/y.ts`]);
  expect(held()).toEqual([`api ${b} src/y.ts`, `web ${w} web/z.ts`]);
});

test("a release by another session leaves the holder's lock; one without a session frees the path for everyone", () => {
  lock(a, "src/a.ts");
  lock(b, "src/a.ts");
  lock(b, "src/a.ts", "lock_released");
  expect(held("api")).toEqual([`api ${a} src/a.ts`]);
  lock(b, "src/a.ts");
  lock(undefined, "./src/a.ts/", "lock_released", "api");
  expect(held("api")).toEqual([]);
});

test("taking a lock twice keeps the first time; a lock of a finished session is not held", () => {
  const first = lock(a, "src/a.ts").event;
  lock(a, "./src/a.ts");
  lock(b, "src/b.ts");
  expect(currentLocks(store, "api")[0]).toEqual({ project: "api", session: a, path: "src/a.ts", since: first.ts, seq: first.seq });
  setStatus(ctx, { session: b, status: "cancelled" });
  expect(held()).toEqual([`api ${a} src/a.ts`]);
});

test("db rebuild and db check find the same locks in the log", () => {
  lock(a, "src/x.ts");
  lock(b, "src/x.ts");
  lock(undefined, "src/x.ts", "lock_released", "api");
  lock(w, "web/z.ts");
  lock(a, "src/y.ts");
  const before = dumpProjections(store);
  expect(checkDatabase(store).projectionsMatchLog).toBe(true);
  store.sqlite.run("DELETE FROM held_locks");
  expect(checkDatabase(store).projectionsMatchLog).toBe(false);
  rebuildProjections(store);
  expect(dumpProjections(store)).toBe(before);
  expect(held()).toEqual([`api ${a} src/y.ts`, `web ${w} web/z.ts`]);
});

test("a database from before the projection gets its locks from the log it already has", () => {
  lock(a, "src/x.ts");
  lock(b, "src/y.ts");
  lock(a, "src/x.ts", "lock_released");
  lock(w, "web/z.ts");
  const expected = held();
  // The schema as the previous cairn left it (migration 0006: the lock events' index, no table).
  store.sqlite.run("DROP TABLE held_locks");
  store.sqlite.run("CREATE INDEX `events_locks` ON `events` (`project`,`seq`,`kind`,`session`,`ts`,`payload`) WHERE kind IN ('lock_acquired', 'lock_released')");
  store.sqlite.run("PRAGMA user_version = 7");
  store.close();
  store = Store.open(tmp.db);
  ctx = { store, actor: "t" };
  expect(held()).toEqual(expected);
  expect(checkDatabase(store).projectionsMatchLog).toBe(true);
});
