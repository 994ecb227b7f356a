import { afterAll, expect, test } from "bun:test";
import { statSync } from "node:fs";
import { Database } from "bun:sqlite";
import { checkDatabase } from "../store/rebuild.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { PtyScreen } from "../testing/pty.ts";
import { scale } from "./soak.ts";

const WRITER = new URL("../testing/writer.ts", import.meta.url).pathname;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

const BATCH = 500;

test("a writer killed with SIGKILL at random points never leaves half a transaction", async () => {
  const db = `${tmp.dir}/crash.db`;
  const rounds = scale(12, 50);
  for (let round = 0; round < rounds; round++) {
    const writer = Bun.spawn([process.execPath, WRITER, db, `k${round}`, "batches", String(BATCH)], { stdout: "pipe", stderr: "pipe" });
    // Every third round dies before its first transaction (first open and migration included).
    const wait = round % 3 === 0 ? Math.random() * 40 : 40 + Math.random() * 250;
    await Bun.sleep(wait);
    writer.kill("SIGKILL");
    await writer.exited;
    // The next open works without repair, and the file is sound after every kill.
    const sqlite = new Database(db);
    expect(sqlite.query("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
    sqlite.close();
  }
  const store = Store.open(db);
  // Every transaction is all or nothing: each batch stream holds all its events or none.
  const partial = store.sqlite.query("SELECT stream, count(*) AS n FROM events GROUP BY stream HAVING n != ?1").all(BATCH);
  expect(partial).toEqual([]);
  const streams = store.sqlite.query("SELECT count(DISTINCT stream) AS n FROM events").get() as { n: number };
  expect(streams.n).toBeGreaterThan(0);
  expect(checkDatabase(store)).toEqual({ integrity: ["ok"], foreignKeys: 0, missingTables: [], rules: "ok", projectionsMatchLog: true, badTimes: 0 });
  store.close();
}, 300_000);

test("WAL growth stays bounded while the UI tails a long run of writes", async () => {
  const db = `${tmp.dir}/wal.db`;
  Store.open(db).close();
  const ui = new PtyScreen(["--db", db], { cols: 100, rows: 30 });
  await ui.waitFor("1 projects");
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, statSync(`${db}-wal`, { throwIfNoEntry: false })?.size ?? 0);
  }, 10);
  const events = scale(6_000, 60_000);
  const writer = Bun.spawn([process.execPath, WRITER, db, "long", "events", String(events)], { stdout: "ignore", stderr: "pipe" });
  expect(await writer.exited).toBe(0);
  clearInterval(sampler);
  await ui.waitFor("work_done");
  await ui.press("q");
  await ui.exited();
  ui.close();
  // Thousands of one-event transactions write far more than this; checkpoints kept resetting the WAL.
  const written = events * 4 * 4096;
  expect(peak).toBeGreaterThan(0);
  expect(peak).toBeLessThan(Math.min(written / 4, 24 * 1024 * 1024));
}, 300_000);
