import { afterAll, beforeAll, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Store } from "../store/store.ts";
import { CLI, cairn, cairnOk, dumpAll, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const db = tmp.db;

beforeAll(async () => {
  // Enough events that an export is far larger than a pipe's buffer.
  const store = Store.open(db);
  store.append(Array.from({ length: 3000 }, (_, i) => ({ stream: "log:main", kind: "work_done", payload: { i, note: "x".repeat(100) } })));
  store.close();
});

/** Runs a shell line with `$CAIRN` as the cairn command on the test database. */
async function sh(line: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const proc = Bun.spawn(["bash", "-c", line], { env: { ...process.env, CAIRN: `${process.execPath} ${CLI} --db ${db}` }, stdout: "pipe", stderr: "pipe" });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { code, stdout, stderr };
}

test("export --out refuses the database, its WAL and shared-memory files, even with --force", async () => {
  const before = dumpAll(db);
  for (const out of [db, `${db}-wal`, `${db}-shm`]) {
    for (const force of [[], ["--force"]]) {
      const run = await cairn(db, ["export", "--out", out, ...force]);
      expect(run).toMatchObject({ code: 1, stderr: `cairn: refusing to write the export over the database file ${out}\n` });
    }
  }
  expect(dumpAll(db)).toBe(before);
});

test("export --out replaces a previous export, and any other file only with --force", async () => {
  const out = `${tmp.dir}/notes.txt`;
  writeFileSync(out, "my notes\n");
  const refused = await cairn(db, ["export", "--out", out]);
  expect(refused).toMatchObject({ code: 1, stderr: `cairn: ${out} exists and is not a cairn export; use --force to replace it\n` });
  expect(readFileSync(out, "utf8")).toBe("my notes\n");
  await cairnOk(db, ["export", "--out", out, "--force"]);
  expect(readFileSync(out, "utf8").split("\n")).toHaveLength(3001);
  // Now it is an export: replacing it needs no --force.
  await cairnOk(db, ["export", "--out", out, "--kind", "nothing"]);
  expect(readFileSync(out, "utf8")).toBe("");
  await cairnOk(db, ["export", "--out", out]);
  expect(readdirSync(tmp.dir).filter((f) => f.includes(".tmp"))).toEqual([]);
});

test("an export that cannot be written completely fails with one line and leaves the old file whole", async () => {
  const out = `${tmp.dir}/full.jsonl`;
  await cairnOk(db, ["export", "--out", out, "--kind", "nothing"]);
  writeFileSync(out, '{"seq":1,"id":"old"}\n');
  // A file-size limit stands in for a full disk: writes past 100 KiB fail with EFBIG.
  const run = await sh(`trap '' XFSZ; ulimit -f 100; $CAIRN export --out ${out}`);
  expect(run).toMatchObject({ code: 1, stderr: `cairn: cannot write ${out}: the file is too large for this system or its limits\n` });
  expect(readFileSync(out, "utf8")).toBe('{"seq":1,"id":"old"}\n');
  expect(readdirSync(tmp.dir).filter((f) => f.includes(".tmp"))).toEqual([]);
});

test("export --out into a missing directory or onto a directory is one line, no stack trace", async () => {
  const missing = await cairn(db, ["export", "--out", `${tmp.dir}/nope/x.jsonl`]);
  expect(missing).toMatchObject({ code: 1, stderr: `cairn: cannot write ${tmp.dir}/nope/x.jsonl: directory ${tmp.dir}/nope does not exist\n` });
  mkdirSync(`${tmp.dir}/adir`);
  const dir = await cairn(db, ["export", "--out", `${tmp.dir}/adir`]);
  expect(dir).toMatchObject({ code: 1, stderr: `cairn: cannot write ${tmp.dir}/adir: it is a directory\n` });
});

test("output to a full disk through stdout is an error, never a silently short file", async () => {
  for (const args of ["export", "event list --format json --limit 5000", "event list"]) {
    const run = await sh(`$CAIRN ${args} > /dev/full`);
    expect({ args, ...run }).toEqual({ args, code: 1, stdout: "", stderr: "cairn: cannot write to standard output: the disk is full\n" });
  }
});

test("export | head -1 stops at the broken pipe instead of reading every row", async () => {
  const run = await sh(`$CAIRN export | head -1; echo "exit \${PIPESTATUS[0]}" >&2`);
  expect(run.stdout.split("\n")).toHaveLength(2);
  // 141 = ended by the broken pipe (before, output errors were ignored and it read on to the end: 0).
  expect(run.stderr).toBe("exit 141\n");
});

test("event tail --follow | head -3 ends when head does, with nothing new to print", async () => {
  const run = await sh(`$CAIRN event tail --follow | head -3`);
  expect(run.code).toBe(0);
  expect(run.stdout.trim().split("\n")).toHaveLength(3);
  expect(run.stderr).toBe("");
}, 20_000);

test("a database with an out-of-range time still exports and shows; db check finds the row", async () => {
  const bad = `${tmp.dir}/badts.db`;
  await cairnOk(bad, ["event", "add", "ping"]);
  const store = Store.open(bad);
  store.sqlite.run("UPDATE events SET ts = 1e300");
  store.close();
  expect(JSON.parse(await cairnOk(bad, ["export"])).ts).toBe("1e+300");
  expect(await cairnOk(bad, ["event", "list"])).toContain("ping");
  const check = await cairn(bad, ["db", "check", "--format", "json"]);
  expect(check.code).toBe(1);
  expect(JSON.parse(check.stdout)).toMatchObject({ ok: false, eventsWithBadTime: 1 });
  expect(existsSync(bad)).toBe(true);
});
