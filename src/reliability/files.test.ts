import { afterAll, expect, test } from "bun:test";
import { existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { cairn, cairnOk, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test("a new database and its WAL files are user-only", async () => {
  const dir = `${tmp.dir}/perm`;
  mkdirSync(dir);
  await cairnOk(`${dir}/cairn.db`, ["project", "add", "p"]);
  const other = Bun.spawn([process.execPath, "-e", `const {Database}=require("bun:sqlite");const d=new Database("${dir}/cairn.db");d.query("select 1").get();setTimeout(()=>{},300)`]);
  await cairnOk(`${dir}/cairn.db`, ["event", "add", "ping"]);
  for (const name of readdirSync(dir)) expect({ name, mode: statSync(`${dir}/${name}`).mode & 0o777 }).toEqual({ name, mode: 0o600 });
  other.kill();
});

test("a --db symlink into a missing directory is refused, and no directory is created", async () => {
  const link = `${tmp.dir}/link.db`;
  symlinkSync(`${tmp.dir}/elsewhere/deep/cairn.db`, link);
  const run = await cairn(link, ["project", "add", "p"]);
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(`cairn: cannot create database ${link}: it links to ${tmp.dir}/elsewhere/deep/cairn.db, whose directory does not exist\n`);
  expect(existsSync(`${tmp.dir}/elsewhere`)).toBe(false);
});

test("nothing is written outside the database's directory", async () => {
  const home = `${tmp.dir}/home`;
  const data = `${tmp.dir}/data`;
  const work = `${tmp.dir}/work`;
  for (const d of [home, data, work]) mkdirSync(d);
  // Bun's own transpiler cache (running the .ts sources) would land in $HOME: switched off to see only cairn's writes.
  const env = { HOME: home, XDG_DATA_HOME: `${home}/.local/share`, CAIRN_DB: "", BUN_RUNTIME_TRANSPILER_CACHE_PATH: "0" };
  const db = `${data}/cairn.db`;
  for (const args of [["project", "add", "p"], ["session", "new", "p", "hi"], ["event", "add", "ping"], ["db", "check"], ["db", "rebuild"], ["event", "list"]]) {
    await cairnOk(db, args, { env });
  }
  // A hook that fails logs beside the database, nowhere else.
  await cairn(db, ["hook", "claude"], { env, stdin: "not json" });
  expect(readdirSync(home)).toEqual([]);
  expect(readdirSync(work)).toEqual([]);
  const expected = new Set(["cairn.db", "cairn.db-shm", "cairn.db-wal", "hook-errors.log"]);
  expect(readdirSync(data).filter((f) => !expected.has(f))).toEqual([]);
  expect(readdirSync(data)).toContain("hook-errors.log");
});
