import { expect, test } from "bun:test";
import { recordEvent } from "../commands/event.ts";
import { addProject } from "../commands/project.ts";
import { newSession, setStatus } from "../commands/session.ts";
import { currentLocks } from "../store/agents.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { heldLocksWatch } from "./held-locks.ts";

test("the UI's locks follow the log as it grows, and agree with currentLocks", () => {
  const tmp = tempDir();
  const store = Store.open(tmp.db);
  const ctx = { store, actor: "t" };
  addProject(ctx, { id: "api" });
  addProject(ctx, { id: "web" });
  const a = newSession(ctx, { project: "api", title: "a" }).id;
  const b = newSession(ctx, { project: "api", title: "b" }).id;
  const w = newSession(ctx, { project: "web", title: "w" }).id;
  const lock = (session: string, path: string, kind = "lock_acquired") => recordEvent(ctx, { kind, session, payload: { path } });
  const watch = heldLocksWatch(store);
  const paths = (locks: Array<{ path: string; session: string }>) => locks.map((l) => `${l.session} ${l.path}`).sort();

  lock(a, "src/x.ts");
  lock(b, "src/y.ts");
  expect(paths(watch("api"))).toEqual([`${a} src/x.ts`, `${b} src/y.ts`]);
  // Read again after more events: only the new ones are folded in.
  lock(a, "src/x.ts", "lock_released");
  lock(w, "web/z.ts");
  expect(paths(watch("api"))).toEqual([`${b} src/y.ts`]);
  expect(paths(watch())).toEqual([`${b} src/y.ts`, `${w} web/z.ts`]);
  // A finished session holds nothing.
  setStatus(ctx, { session: b, status: "cancelled" });
  expect(paths(watch())).toEqual([`${w} web/z.ts`]);
  expect(paths(watch())).toEqual(paths(currentLocks(store)));
  expect(paths(watch("api"))).toEqual(paths(currentLocks(store, "api")));
  store.close();
  tmp.cleanup();
});
