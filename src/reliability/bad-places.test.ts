import { afterAll, describe, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { recordEvent } from "../commands/event.ts";
import { LIMITS } from "../domain/limits.ts";
import { Store } from "../store/store.ts";
import { CLI, cairn, cairnOk, dumpAll, tempDir } from "../testing/harness.ts";
import { KEY, PtyScreen } from "../testing/pty.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** One line on stderr, exit 1, matching `error`. */
const expectOneLine = (run: { code: number; stderr: string }, error: RegExp | string) => {
  expect(run.code).toBe(1);
  if (typeof error === "string") expect(run.stderr).toBe(`cairn: ${error}\n`);
  else expect(run.stderr).toMatch(error);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
};

const sql = (db: string, statement: string) => {
  const sqlite = new Database(db);
  sqlite.run(statement);
  sqlite.close();
};

/** A small file system that can be made read-only (root ignores permission bits). */
function mountedDir(name: string): { dir: string; readOnly(): void; release(): void } {
  const dir = `${tmp.dir}/${name}`;
  mkdirSync(dir);
  execFileSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", dir]);
  return { dir, readOnly: () => void execFileSync("mount", ["-o", "remount,ro", dir]), release: () => void execFileSync("umount", [dir]) };
}

describe("files that are not what they seem", () => {
  test("a foreign SQLite file is refused before anything in it changes (not even WAL mode)", async () => {
    const path = `${tmp.dir}/foreign.db`;
    sql(path, "CREATE TABLE foo(x)");
    const before = readFileSync(path);
    expectOneLine(await cairn(path, ["project", "list"]), `${path} is a SQLite database of another program, not a cairn database`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(new Database(path).query("PRAGMA journal_mode").get()).toEqual({ journal_mode: "delete" });
  });

  test("a FIFO or a device as --db is named for what it is", async () => {
    const fifo = `${tmp.dir}/fifo`;
    execFileSync("mkfifo", [fifo]);
    expectOneLine(await cairn(fifo, ["project", "list"]), `cannot use ${fifo} as a database: it is a FIFO (named pipe)`);
    expectOneLine(await cairn("/dev/null", ["project", "list"]), "cannot use /dev/null as a database: it is a character device");
  });

  test("--db through a dangling symlink makes a user-only file, like a direct path", async () => {
    const link = `${tmp.dir}/link.db`;
    symlinkSync(`${tmp.dir}/target.db`, link);
    await cairnOk(link, ["project", "add", "p"]);
    expect(statSync(`${tmp.dir}/target.db`).mode & 0o777).toBe(0o600);
  });

  test("a dropped projection table: one line naming it everywhere, db check names it, db rebuild makes it again", async () => {
    const db = `${tmp.dir}/dropped.db`;
    await cairnOk(db, ["project", "add", "p"]);
    const session = (await cairnOk(db, ["session", "new", "p", "hello"])).trim();
    sql(db, "DROP TABLE message_parts");
    const missing = `database ${db} is missing its message_parts table: run cairn db check, then cairn db rebuild`;
    expectOneLine(await cairn(db, ["session", "show", session]), missing);
    expectOneLine(await cairn(db, ["session", "append", session, "more"]), missing);
    expectOneLine(await cairn(db, ["db", "migrate"]), `database ${db} is missing its table message_parts: run cairn db rebuild`);
    const check = await cairn(db, ["db", "check", "--format", "json"]);
    expect(JSON.parse(check.stdout)).toMatchObject({ ok: false, missingTables: "message_parts" });
    expect(check.stderr).toBe(`cairn: database ${db} is missing its table message_parts: run cairn db rebuild\n`);
    expect(JSON.parse(await cairnOk(db, ["db", "rebuild", "--format", "json"]))).toMatchObject({ rebuilt: true, recreatedTables: "message_parts" });
    expect(JSON.parse(await cairnOk(db, ["db", "check", "--format", "json"]))).toMatchObject({ ok: true, missingTables: "none" });
    expect(await cairnOk(db, ["session", "show", session])).toContain("hello");
  });

  test("a tampered status: one line from the CLI, the UI's status picker stays up, rebuild repairs it", async () => {
    const db = `${tmp.dir}/tampered.db`;
    await cairnOk(db, ["project", "add", "p"]);
    const session = (await cairnOk(db, ["session", "new", "p", "hello"])).trim();
    sql(db, "UPDATE sessions SET status = 'bogus'");
    expectOneLine(await cairn(db, ["session", "status", session, "running"]), `session ${session} has an unknown status "bogus" in the database: run cairn db check, then cairn db rebuild`);
    const screen = new PtyScreen(["--db", db], { cols: 100, rows: 24 });
    try {
      await screen.waitFor("● live");
      await screen.press(KEY.enter, "s");
      await screen.press(KEY.escape, "j");
      await screen.waitFor("● live");
      expect(screen.proc.exitCode).toBe(null);
    } finally {
      screen.close();
    }
    await cairnOk(db, ["db", "rebuild"]);
    await cairnOk(db, ["session", "status", session, "running"]);
  }, 30_000);
});

describe("read-only places", () => {
  test("a read-only file system: writes say so in one line; db check works without the write lock", async () => {
    const place = mountedDir("ro");
    try {
      const db = `${place.dir}/cairn.db`;
      await cairnOk(db, ["project", "add", "p"]);
      place.readOnly();
      expectOneLine(await cairn(db, ["project", "add", "q"]), `cannot open database ${db}: ${db} is read-only`);
      expectOneLine(await cairn(`${place.dir}/new.db`, ["project", "list"]), `cannot create database ${place.dir}/new.db: directory ${place.dir} is not writable`);
      const check = await cairn(db, ["db", "check", "--format", "json"]);
      expect(check.stderr).toBe("");
      expect(JSON.parse(check.stdout)).toMatchObject({ ok: true, readOnly: true });
    } finally {
      place.release();
    }
  });
});

describe("what input may carry", () => {
  const db = `${tmp.dir}/input.db`;

  test("a 64 KiB payload from stdin with its trailing newline is taken", async () => {
    const payload = JSON.stringify({ blob: "p".repeat(LIMITS.payloadBytes - 11) });
    expect(await cairnOk(db, ["event", "add", "big", "--payload", "-"], { stdin: `${payload}\n` })).toMatch(/^\d+ /);
  });

  test("lone surrogates in source, target or stream are refused, the same through the commands and in an import", async () => {
    // (Command-line arguments cannot carry them: the OS hands over bytes, which decode to U+FFFD.)
    const store = Store.open(db);
    for (const input of [{ source: "a\ud800" }, { target: "\udc00b" }, { stream: "agent:\ud800" }]) {
      expect(() => recordEvent({ store, actor: "t" }, { kind: "x", ...input })).toThrow(/invalid (source|target|stream)/);
    }
    store.close();
    const before = dumpAll(db);
    for (const [key, value] of [["source", "a\ud800"], ["target", "\udc00b"], ["stream", "agent:\ud800"]]) {
      const line = JSON.stringify({ id: "s1", stream: "log:main", kind: "x", payload: {}, ts: 1, [key!]: value });
      expectOneLine(await cairn(db, ["import", "-"], { stdin: line }), new RegExp(`line 1: invalid ${key} `));
    }
    expect(dumpAll(db)).toBe(before);
  });

  test("numbers JSON cannot carry exactly are refused on every path people write; a hook keeps their text", async () => {
    const before = dumpAll(db);
    for (const number of ["9007199254740993", "1e400", "-0"]) {
      expectOneLine(await cairn(db, ["event", "add", "x", "--payload", `{"n":${number}}`]), `payload has the number ${number}, which JSON numbers cannot hold exactly: send it as a string`);
      const line = `{"id":"n1","stream":"log:main","kind":"x","payload":{"n":${number}},"ts":1}`;
      expectOneLine(await cairn(db, ["import", "-"], { stdin: line }), `line 1: line has the number ${number}, which JSON numbers cannot hold exactly: send it as a string`);
    }
    expect(dumpAll(db)).toBe(before);
    await cairnOk(db, ["event", "add", "x", "--payload", '{"n":9007199254740992,"e":1e300,"f":0.5}']);
    const hook = `{"session_id":"h1","hook_event_name":"Custom","cwd":"${tmp.dir}","n":9007199254740993}`;
    const proc = Bun.spawn([process.execPath, CLI, "--db", db, "hook", "claude"], { stdin: new Blob([hook]) });
    expect(await proc.exited).toBe(0);
    const [stored] = JSON.parse(await cairnOk(db, ["event", "list", "--kind", "custom", "--format", "json"]));
    expect(stored.payload.n).toBe("9007199254740993");
  });

  test("errors quote input inert; JSON output escapes C1 and bidi controls and stays the same data", async () => {
    const hostile = "\u001b]0;X\u0007\u009b31m\u202e";
    for (const args of [["session", "show", hostile], [hostile], ["event", "list", `--${hostile}`], ["import", `/nowhere/${hostile}`]]) {
      const run = await cairn(db, args);
      expect(run.code).toBeGreaterThan(0);
      expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
    }
    const ugly = await cairn(`${tmp.dir}/\u001b[31m.db/x`, ["project", "list"]);
    expect(ugly.stderr).not.toContain("\u001b");
    await cairnOk(db, ["event", "add", "x", "--payload", JSON.stringify({ t: hostile })]);
    for (const args of [["event", "list", "--format", "json", "--limit", "1"], ["export", "--kind", "x"]]) {
      const out = await cairnOk(db, args);
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(out).toContain("\\u009b");
    }
    const [event] = JSON.parse(await cairnOk(db, ["event", "list", "--format", "json", "--limit", "1"]));
    expect(event.payload.t).toBe(hostile);
  });
});

test("SIGHUP to the UI after its terminal is gone ends it without a stack trace", async () => {
  const db = `${tmp.dir}/hup.db`;
  await cairnOk(db, ["project", "add", "p"]);
  const err = `${tmp.dir}/hup.err`;
  let seen = "";
  const proc = Bun.spawn(["sh", "-c", `exec ${process.execPath} ${CLI} --db ${db} 2>${err}`], {
    env: { ...process.env, TERM: "xterm-256color" },
    terminal: { cols: 100, rows: 30, data: (_t, data) => void (seen += new TextDecoder().decode(data)) },
  });
  while (!seen.includes("● live")) await Bun.sleep(20);
  proc.terminal!.close();
  proc.kill("SIGHUP");
  const code = await proc.exited;
  expect({ code, stderr: readFileSync(err, "utf8") }).toEqual({ code: 0, stderr: expect.not.stringContaining("rror") });
  rmSync(err);
}, 20_000);
