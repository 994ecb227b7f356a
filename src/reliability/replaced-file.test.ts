import { afterAll, expect, test } from "bun:test";
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { recordEvent } from "../commands/event.ts";
import { Store } from "../store/store.ts";
import { cairnOk, tempDir } from "../testing/harness.ts";
import { KEY, PtyScreen } from "../testing/pty.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test("a store watching its file refuses writes once the file is removed or replaced", () => {
  const path = `${tmp.dir}/watched.db`;
  const store = Store.open(path);
  store.watchFile();
  recordEvent({ store, actor: "t" }, { kind: "ping" });
  rmSync(path);
  expect(store.fileChange()).toBe("removed");
  expect(() => recordEvent({ store, actor: "t" }, { kind: "ping" })).toThrow(`database ${path} was removed since cairn opened it`);
  writeFileSync(`${tmp.dir}/other`, "");
  renameSync(`${tmp.dir}/other`, path);
  expect(store.fileChange()).toBe("replaced");
  store.close();
});

test("the UI says so in its header when its database file is removed, and writes nothing into it", async () => {
  const db = `${tmp.dir}/ui.db`;
  await cairnOk(db, ["project", "add", "api"]);
  const screen = new PtyScreen(["--db", db], { cols: 100, rows: 24 });
  try {
    await screen.waitFor("● live");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(`${db}${suffix}`, { force: true });
    await screen.waitFor("● file removed: restart cairn");
    // A new session from the UI is refused: it would go into the unlinked file and vanish.
    await screen.press("n", ..."hello", KEY.enter);
    await screen.waitFor("was removed since");
  } finally {
    screen.close();
  }
}, 30_000);

test("a UI write while another process holds the lock waits without freezing, then lands once", async () => {
  const db = `${tmp.dir}/locked.db`;
  await cairnOk(db, ["project", "add", "api"]);
  const screen = new PtyScreen(["--db", db], { cols: 100, rows: 24 });
  try {
    await screen.waitFor("● live");
    const holder = Bun.spawn([process.execPath, new URL("../testing/hold-lock.ts", import.meta.url).pathname, db, "2500"], { stdout: "pipe" });
    await holder.stdout.getReader().read(); // "locked"
    await screen.press("n", ..."hello", KEY.enter);
    // Drawn while the lock is held (a blocked UI would show nothing until the write went through).
    await screen.waitFor("waiting for the database…");
    await screen.press(KEY.enter); // a second Enter must not write twice
    await holder.exited;
    await screen.waitFor("started api-1");
  } finally {
    screen.close();
  }
  expect((await cairnOk(db, ["session", "list", "--format", "json"])).match(/"id": "api-/g)).toHaveLength(1);
}, 30_000);
