import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { Database } from "bun:sqlite";
import { CLI, cairn, cairnOk, dumpAll, tempDir } from "../testing/harness.ts";
import { LIMITS } from "../domain/limits.ts";

const tmp = tempDir();
const db = tmp.db;
afterAll(() => tmp.cleanup());

beforeAll(async () => {
  await cairnOk(db, ["project", "add", "api"]);
  await cairnOk(db, ["session", "new", "api", "first"]);
});

interface Case {
  name: string;
  args: string[];
  stdin?: string | Uint8Array;
  code: 1 | 2;
  error: RegExp;
}

const big = "x".repeat(LIMITS.messageBytes + 1);
const bigPayload = JSON.stringify({ blob: "y".repeat(LIMITS.payloadBytes) });

/** SPEC "Bad input": each gets one clear line on stderr, its exit code, and no change. */
const CASES: Case[] = [
  { name: "malformed JSON payload", args: ["event", "add", "ping", "--payload", "{oops"], code: 1, error: /payload is not valid JSON/ },
  { name: "oversized JSON payload", args: ["event", "add", "ping", "--payload", bigPayload], code: 1, error: /payload is too large/ },
  { name: "payload that is not an object", args: ["event", "add", "ping", "--payload", '"text"'], code: 1, error: /must be a JSON object/ },
  { name: "payload nested too deep", args: ["event", "add", "ping", "--payload", "[".repeat(10_000) + "]".repeat(10_000)], code: 1, error: /nested deeper/ },
  { name: "unknown project", args: ["session", "new", "nope"], code: 1, error: /no project nope/ },
  { name: "unknown session", args: ["session", "append", "api-99", "hi"], code: 1, error: /no session api-99/ },
  { name: "unknown session on an event", args: ["event", "add", "ping", "--session", "api-99"], code: 1, error: /no session api-99/ },
  { name: "invalid project id", args: ["project", "add", "Bad Id!"], code: 1, error: /invalid project id/ },
  { name: "project id with a path separator", args: ["project", "add", "../etc"], code: 1, error: /invalid project id/ },
  { name: "invalid session id", args: ["session", "show", "../../x"], code: 1, error: /no session|invalid session id/ },
  { name: "invalid event kind", args: ["event", "add", "Bad Kind"], code: 1, error: /invalid event kind/ },
  { name: "event id with a path separator", args: ["event", "add", "ping", "--id", "a/b"], code: 1, error: /invalid event id/ },
  { name: "invalid status transition", args: ["session", "status", "api-1", "done"], code: 1, error: /cannot go from queued to done/ },
  { name: "unknown status", args: ["session", "status", "api-1", "sleeping"], code: 1, error: /unknown status/ },
  { name: "empty message", args: ["session", "append", "api-1", "   "], code: 1, error: /message is empty/ },
  { name: "oversized message", args: ["session", "append", "api-1", "-"], stdin: big, code: 1, error: /too large/ },
  { name: "NUL byte in a message", args: ["session", "append", "api-1", "-"], stdin: "a\u0000b", code: 1, error: /NUL byte/ },
  { name: "NUL byte in a payload", args: ["event", "add", "ping", "--payload", '{"a":"\\u0000"}'], code: 1, error: /NUL byte/ },
  { name: "invalid UTF-8 on stdin", args: ["session", "append", "api-1", "-"], stdin: new Uint8Array([0x68, 0xff, 0xfe, 0x69]), code: 1, error: /not valid UTF-8/ },
  { name: "invalid role", args: ["session", "append", "api-1", "hi", "--role", "robot"], code: 1, error: /invalid role/ },
  { name: "reserved kind", args: ["event", "add", "session.created"], code: 1, error: /reserved/ },
  { name: "invalid --since", args: ["event", "list", "--since", "last tuesday"], code: 2, error: /invalid --since/ },
  { name: "non-numeric --limit", args: ["event", "list", "--limit", "ten"], code: 2, error: /--limit needs a whole number/ },
  { name: "unknown flag", args: ["event", "list", "--colour"], code: 2, error: /unknown option --colour/ },
  { name: "unknown command", args: ["frobnicate"], code: 2, error: /unknown command/ },
  { name: "unknown format", args: ["project", "list", "--format", "yaml"], code: 2, error: /unknown format/ },
  { name: "missing argument", args: ["session", "append", "api-1"], code: 2, error: /takes 2 arguments/ },
  { name: "flag without its value", args: ["event", "add", "ping", "--source"], code: 2, error: /--source needs a value/ },
  { name: "flag with an empty value", args: ["event", "list", "--limit="], code: 2, error: /--limit needs a value/ },
  { name: "flag given twice", args: ["event", "list", "--limit", "5", "--limit", "6"], code: 2, error: /given more than once/ },
  { name: "unknown short flag", args: ["event", "list", "-x"], code: 2, error: /unknown option -x/ },
  { name: "unknown sub-command", args: ["session", "explode"], code: 2, error: /unknown command: cairn session explode/ },
  { name: "group without a sub-command", args: ["db"], code: 2, error: /cairn db needs a command/ },
  { name: "huge argument list", args: ["event", "add", ...Array.from({ length: 20_000 }, (_, i) => `k${i}`)], code: 2, error: /takes 1 argument/ },
  { name: "zero --limit", args: ["event", "list", "--limit", "0"], code: 2, error: /--limit must be between 1 and 10000/ },
  { name: "negative --limit", args: ["session", "list", "--limit", "-5"], code: 2, error: /--limit/ },
  { name: "limit beyond the maximum", args: ["event", "list", "--limit", "99999999"], code: 2, error: /--limit must be between/ },
  { name: "non-numeric --after", args: ["event", "tail", "--after", "yesterday"], code: 2, error: /--after needs a whole number/ },
  { name: "negative expected version", args: ["event", "add", "ping", "--expect-version", "-1"], code: 2, error: /--expect-version/ },
  { name: "fractional expected version", args: ["event", "add", "ping", "--expect-version", "1.5"], code: 2, error: /--expect-version needs a whole number/ },
  { name: "unknown status filter", args: ["session", "list", "--status", "running,asleep"], code: 2, error: /unknown status "asleep"/ },
  { name: "unknown project on an event", args: ["event", "add", "ping", "--project", "ghost"], code: 1, error: /no project ghost/ },
  { name: "session of another project", args: ["event", "add", "ping", "--session", "api-1", "--project", "other"], code: 1, error: /no project other|belongs to project api/ },
  { name: "kind too long", args: ["event", "add", "k".repeat(65)], code: 1, error: /invalid event kind/ },
  { name: "source with control characters", args: ["event", "add", "ping", "--source", "evil\u001b[2J"], code: 1, error: /invalid source/ },
  { name: "stream without a category", args: ["event", "add", "ping", "--stream", "nocolon"], code: 1, error: /invalid stream/ },
  { name: "title too long", args: ["session", "new", "api", "--title", "t".repeat(501)], code: 1, error: /title is too long/ },
  { name: "invalid UTF-8 payload on stdin", args: ["event", "add", "ping", "--payload", "-"], stdin: new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), code: 1, error: /not valid UTF-8/ },
  { name: "empty payload on stdin", args: ["event", "add", "ping", "--payload", "-"], stdin: "", code: 1, error: /payload is not valid JSON/ },
  { name: "import of a missing file", args: ["import", "/nonexistent/file.jsonl"], code: 1, error: /no file \/nonexistent\/file\.jsonl/ },
  { name: "import of malformed JSON Lines", args: ["import", "-"], stdin: "{\"id\":1}\n", code: 1, error: /line 1: missing "id"|line 1: .*id/ },
];

describe("bad input leaves the database unchanged", () => {
  for (const c of CASES) {
    test(c.name, async () => {
      const before = dumpAll(db);
      const run = await cairn(db, c.args, { stdin: c.stdin });
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(c.error);
      expect(run.stderr).toStartWith("cairn: ");
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.code).toBe(c.code);
      expect(dumpAll(db)).toBe(before);
    });
  }
});

test("an endless stdin is cut off at the limit, not read whole", async () => {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const endless = new ReadableStream({ pull: (controller) => controller.enqueue(chunk) });
  const proc = Bun.spawn([process.execPath, CLI, "--db", db, "session", "append", "api-1", "-"], { stdin: endless, stdout: "pipe", stderr: "pipe" });
  expect(await proc.exited).toBe(1);
  expect(await new Response(proc.stderr).text()).toBe(`cairn: message from stdin is too large (over ${LIMITS.messageBytes} bytes)\n`);
});

describe("bad database files", () => {
  const expectOneLine = (run: { code: number; stderr: string }, error: RegExp) => {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(error);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  };

  test("a file that is not a SQLite database", async () => {
    const path = `${tmp.dir}/notes.txt`;
    writeFileSync(path, "just some text, long enough to have a header of its own....................................................");
    expectOneLine(await cairn(path, ["project", "list"]), /is not a cairn database/);
    expect(await Bun.file(path).text()).toStartWith("just some text");
  });

  test("a missing directory", async () => {
    expectOneLine(await cairn(`${tmp.dir}/missing/dir/cairn.db`, ["project", "list"]), /directory .* does not exist/);
  });

  test("a database path that is a directory", async () => {
    mkdirSync(`${tmp.dir}/adir`);
    expectOneLine(await cairn(`${tmp.dir}/adir`, ["project", "list"]), /is a directory/);
  });

  test("a database from a newer cairn", async () => {
    const path = `${tmp.dir}/newer.db`;
    await cairnOk(path, ["project", "add", "x"]);
    const sqlite = new Database(path);
    sqlite.run("PRAGMA user_version = 999");
    sqlite.close();
    expectOneLine(await cairn(path, ["project", "list"]), /written by a newer cairn/);
  });

  test("a zero-byte file is a new, empty database (SQLite's own convention; concurrent first opens see one)", async () => {
    const path = `${tmp.dir}/empty.db`;
    writeFileSync(path, "");
    expect((await cairn(path, ["project", "list", "--format", "json"])).stdout).toBe("[]\n");
  });

  test("a truncated database file", async () => {
    const path = `${tmp.dir}/truncated.db`;
    await cairnOk(path, ["project", "add", "x"]);
    for (let i = 0; i < 30; i++) await cairnOk(path, ["event", "add", "filler", "--payload", JSON.stringify({ pad: "x".repeat(2000), i })]);
    const { truncateSync, statSync } = await import("node:fs");
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const before = await Bun.file(path).arrayBuffer();
    expectOneLine(await cairn(path, ["event", "list"]), /is not a cairn database \(not a SQLite file, or damaged\)/);
    expectOneLine(await cairn(path, ["event", "add", "more"]), /is not a cairn database|damaged/);
    expect(Buffer.from(await Bun.file(path).arrayBuffer()).equals(Buffer.from(before))).toBe(true);
  }, 30_000); // 31 processes: seconds on a busy machine

  test("a database locked by another writer past the timeout", async () => {
    const holder = Bun.spawn([process.execPath, new URL("../testing/hold-lock.ts", import.meta.url).pathname, db, "3000"], { stdout: "pipe" });
    await holder.stdout.getReader().read();
    const before = Date.now();
    const run = await cairn(db, ["event", "add", "ping"], { env: { CAIRN_BUSY_TIMEOUT_MS: "300" } });
    expect(Date.now() - before).toBeLessThan(2900);
    expectOneLine(run, /is locked by another process/);
    holder.kill();
    await holder.exited;
  });

  test("a read-only directory", async () => {
    const dir = `${tmp.dir}/ro`;
    mkdirSync(dir);
    // root ignores permission bits: use a read-only mount where we can make one.
    const asRoot = process.getuid?.() === 0;
    const mounted = asRoot && Bun.spawnSync(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", dir]).exitCode === 0;
    if (!asRoot) chmodSync(dir, 0o500);
    try {
      if (asRoot && !mounted) return console.warn("skipped: running as root without mount");
      expectOneLine(await cairn(`${dir}/cairn.db`, ["project", "list"]), /not writable|read-only/);
    } finally {
      if (mounted) Bun.spawnSync(["umount", dir]);
      else chmodSync(dir, 0o700);
    }
  });
});
