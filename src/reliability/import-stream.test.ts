import { afterAll, expect, test } from "bun:test";
import { closeSync, openSync, ftruncateSync, writeSync } from "node:fs";
import { Store } from "../store/store.ts";
import { cairn, dumpAll, tempDir } from "../testing/harness.ts";
import { peakMemory } from "../testing/memory.ts";
import { scale } from "./soak.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const line = (i: number, pad = 0) => JSON.stringify({ id: `e${i}`, stream: "log:main", kind: "work_done", payload: { i, pad: "p".repeat(pad) }, ts: 1_700_000_000_000 + i });

test("a file over 2 GiB is read line by line: refused at its first bad line, never taken for empty", async () => {
  const db = `${tmp.dir}/big.db`;
  const file = `${tmp.dir}/big.jsonl`;
  // Three good lines, then a sparse hole (NUL bytes on read) to past 2 GiB: no real disk used.
  const fd = openSync(file, "w");
  writeSync(fd, [line(1), line(2), line(3)].join("\n") + "\n");
  ftruncateSync(fd, 2 * 1024 ** 3 + 10);
  closeSync(fd);
  const run = await peakMemory(["--db", db, "import", file]);
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(`cairn: ${file}: line 4 is longer than 16777216 bytes\n`);
  expect(run.peakMb).toBeLessThan(300);
  expect(dumpAll(db)).toBe(dumpAll(`${tmp.dir}/empty.db`));
});

test("memory stays flat however large the import; stdin works the same", async () => {
  const db = `${tmp.dir}/flat.db`;
  const file = `${tmp.dir}/flat.jsonl`;
  // Large payloads make a big file from few events (the write itself is not what is measured).
  const events = scale(2500, 20_000);
  const writer = Bun.file(file).writer();
  for (let i = 0; i < events; i++) writer.write(line(i, 60_000) + "\n");
  await writer.end();
  const megabytes = Bun.file(file).size / 1024 ** 2;
  const run = await peakMemory(["--db", db, "import", file]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toBe(`imported ${events} events (0 already present) from ${events} lines\n`);
  // A whole-file read holds the file at least twice (bytes and text); streamed, memory stays put (~85 MB here).
  expect(megabytes).toBeGreaterThan(140);
  expect(run.peakMb).toBeLessThan(120);
  const store = Store.open(db);
  expect(store.sqlite.query("SELECT count(*) AS n FROM events").get()).toEqual({ n: events });
  store.close();
  const again = await cairn(db, ["import", "-"], { stdin: Bun.file(file) as unknown as Uint8Array });
  expect(again.stdout).toBe(`imported 0 events (${events} already present) from ${events} lines\n`);
}, 120_000);
