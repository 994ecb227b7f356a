import { afterEach, beforeEach, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { tempDir } from "../testing/harness.ts";
import { SCHEMA_VERSION } from "./migrate.ts";

const WRITER = new URL("../testing/writer.ts", import.meta.url).pathname;
let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

const spawnWriter = (name: string, mode: string, count: number) =>
  Bun.spawn([process.execPath, WRITER, tmp.db, name, mode, String(count)], { stdout: "pipe", stderr: "pipe" });

/** Every stream's versions are 1..n with no gap or repeat. */
function streamsContiguous(db: Database): boolean {
  const rows = db.query("SELECT stream, count(*) AS n, min(version) AS lo, max(version) AS hi, count(DISTINCT version) AS d FROM events GROUP BY stream").all() as Array<{ n: number; lo: number; hi: number; d: number }>;
  return rows.every((r) => r.lo === 1 && r.hi === r.n && r.d === r.n);
}

test("8 processes appending 200 events each to one fresh file lose nothing", async () => {
  const writers = Array.from({ length: 8 }, (_, i) => spawnWriter(`w${i}`, "events", 200));
  const results = await Promise.all(writers.map(async (w) => ({ code: await w.exited, stderr: await new Response(w.stderr).text() })));
  expect(results.filter((r) => r.code !== 0 || r.stderr !== "")).toEqual([]);

  const db = new Database(tmp.db, { readonly: true });
  const { n, seqs, ids } = db.query("SELECT count(*) AS n, count(DISTINCT seq) AS seqs, count(DISTINCT id) AS ids FROM events").get() as Record<string, number>;
  expect([n, seqs, ids]).toEqual([1600, 1600, 1600]);
  const perWriter = db.query("SELECT source, count(*) AS n FROM events GROUP BY source").all();
  expect(perWriter).toHaveLength(8);
  expect(perWriter.every((r) => (r as { n: number }).n === 200)).toBe(true);
  expect(streamsContiguous(db)).toBe(true);
  expect((db.query("PRAGMA user_version").get() as { user_version: number }).user_version).toBe(SCHEMA_VERSION);
  db.close();
}, 60_000);

test("a writer killed mid-transaction leaves a sound file with whole transactions only", async () => {
  const batch = 2000;
  for (let round = 0; round < 3; round++) {
    const writer = spawnWriter(`k${round}`, "batches", batch);
    const reader = writer.stdout.getReader();
    // Wait until it has started a few transactions, then kill it at an arbitrary point.
    let started = "";
    while (started.split("\n").length < 3 + round) started += new TextDecoder().decode((await reader.read()).value);
    await Bun.sleep(Math.random() * 30);
    writer.kill("SIGKILL");
    await writer.exited;
  }
  const db = new Database(tmp.db);
  expect(db.query("PRAGMA integrity_check").get()).toEqual({ integrity_check: "ok" });
  const sizes = db.query("SELECT stream, count(*) AS n FROM events GROUP BY stream").all() as Array<{ n: number }>;
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes.filter((s) => s.n !== batch)).toEqual([]);
  expect(streamsContiguous(db)).toBe(true);
  db.close();
}, 60_000);
