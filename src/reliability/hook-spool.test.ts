import { afterAll, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { spoolDirectory } from "../store/spool.ts";
import { CLI, cairnOk, tempDir } from "../testing/harness.ts";
import { scale } from "./soak.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const HOLD_LOCK = new URL("../testing/hold-lock.ts", import.meta.url).pathname;
const repo = `${tmp.dir}/repo`;
mkdirSync(`${repo}/.git`, { recursive: true });

/** One UserPromptSubmit, as Claude Code sends it. */
const prompt = (session: string, text: string) => JSON.stringify({ session_id: session, hook_event_name: "UserPromptSubmit", cwd: repo, prompt: text });

/** Runs `cairn hook claude` with a short lock wait, as Claude Code would. */
async function hook(db: string, body: string) {
  const proc = Bun.spawn([process.execPath, CLI, "--db", db, "hook", "claude"], { stdin: new Blob([body]), stdout: "pipe", stderr: "pipe", env: { ...process.env, CAIRN_HOOK_WAIT_MS: "200" } });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

/** Every user message's text, per Claude session, in the order stored. */
function prompts(db: string): Record<string, string[]> {
  const sqlite = new Database(db, { readonly: true });
  try {
    const rows = sqlite
      .query("SELECT s.external_id AS session, json_extract(p.data, '$.text') AS text FROM messages m JOIN sessions s ON s.id = m.session JOIN message_parts p ON p.message_id = m.id WHERE m.role = 'user' ORDER BY m.session, m.position")
      .all() as Array<{ session: string; text: string }>;
    const out: Record<string, string[]> = {};
    for (const r of rows) (out[r.session] ??= []).push(r.text);
    return out;
  } finally {
    sqlite.close();
  }
}

/** Holds the write lock for `ms` from another process; resolves once it has it. */
async function holdLock(db: string, ms: number) {
  const holder = Bun.spawn([process.execPath, HOLD_LOCK, db, String(ms)], { stdout: "pipe" });
  const reader = holder.stdout.getReader();
  await reader.read(); // "locked"
  return holder;
}

test("a hook that cannot get the lock spools its payload and exits 0; the next writer replays it in order, once", async () => {
  const db = `${tmp.dir}/held.db`;
  await cairnOk(db, ["hook", "claude"], { stdin: prompt("s-1", "first") });
  const holder = await holdLock(db, 60_000);
  for (const text of ["second", "third", "fourth"]) expect(await hook(db, prompt("s-1", text))).toEqual({ stdout: "", stderr: "", code: 0 });
  expect(readdirSync(spoolDirectory(db)).filter((f) => f.endsWith(".json"))).toHaveLength(3);
  expect(prompts(db)).toEqual({ "s-1": ["first"] });
  holder.kill();
  await holder.exited;
  // Any writing cairn replays the spool before its own write.
  await cairnOk(db, ["event", "add", "ping"]);
  expect(prompts(db)).toEqual({ "s-1": ["first", "second", "third", "fourth"] });
  expect(existsSync(spoolDirectory(db))).toBe(false);
  await cairnOk(db, ["event", "add", "ping"]);
  expect(prompts(db)).toEqual({ "s-1": ["first", "second", "third", "fourth"] });
  expect(existsSync(`${tmp.dir}/hook-errors.log`)).toBe(false);
});

test("a spooled file left behind after its replay committed is removed, never applied twice", async () => {
  const db = `${tmp.dir}/crash.db`;
  await cairnOk(db, ["hook", "claude"], { stdin: prompt("s-2", "once") });
  // As if a replayer committed "once" and was killed before removing its file.
  const name = "00000000000000000001-1-0.json";
  mkdirSync(spoolDirectory(db));
  writeFileSync(`${spoolDirectory(db)}/${name}`, JSON.stringify({ kind: "claude-hook", body: { payload: JSON.parse(prompt("s-2", "once")) }, at: 0 }));
  const sqlite = new Database(db);
  sqlite.query("INSERT INTO spool_replayed (name) VALUES (?1)").run(name);
  sqlite.close();
  await cairnOk(db, ["event", "add", "ping"]);
  expect(prompts(db)).toEqual({ "s-2": ["once"] });
  expect(existsSync(spoolDirectory(db))).toBe(false);
});

test("8 hook writers during a long import: every payload recorded once, in each writer's order", async () => {
  const db = `${tmp.dir}/import.db`;
  const file = `${tmp.dir}/import.jsonl`;
  const lines = scale(40_000, 400_000);
  const writer = Bun.file(file).writer();
  for (let i = 0; i < lines; i++) writer.write(`${JSON.stringify({ id: `imp-${i}`, stream: `log:${i % 16}`, kind: "work_done", payload: { i }, ts: 1_700_000_000_000 + i })}\n`);
  await writer.end();
  await cairnOk(db, ["event", "add", "ping"]);

  const importing = Bun.spawn([process.execPath, CLI, "--db", db, "import", file], { stdout: "pipe", stderr: "pipe" });
  let importDone = false;
  void importing.exited.then(() => (importDone = true));
  const perWriter = scale(6, 40);
  // Watch the spool while it all runs: the test means something only if hooks did spool.
  let spooledAtOnce = 0;
  const watching = (async () => {
    while (!importDone) {
      spooledAtOnce = Math.max(spooledAtOnce, existsSync(spoolDirectory(db)) ? readdirSync(spoolDirectory(db)).length : 0);
      await Bun.sleep(20);
    }
  })();
  const writers = Array.from({ length: 8 }, async (_, w) => {
    // Each writer keeps sending while the import runs, then a few more.
    let sent = 0;
    while (sent < perWriter || !importDone) {
      const run = await hook(db, prompt(`w-${w}`, `w${w} p${sent}`));
      expect(run).toEqual({ stdout: "", stderr: "", code: 0 });
      sent++;
      if (sent >= perWriter * 20) break;
    }
    return sent;
  });
  const sent = await Promise.all(writers);
  expect(await importing.exited).toBe(0);
  await watching;
  expect(spooledAtOnce).toBeGreaterThan(0);
  await cairnOk(db, ["event", "add", "ping"]);

  const stored = prompts(db);
  for (let w = 0; w < 8; w++) expect(stored[`w-${w}`]).toEqual(Array.from({ length: sent[w]! }, (_, i) => `w${w} p${i}`));
  expect(existsSync(`${tmp.dir}/hook-errors.log`)).toBe(false);
  const sqlite = new Database(db, { readonly: true });
  expect(sqlite.query("SELECT count(*) AS n FROM events WHERE kind = 'work_done'").get()).toEqual({ n: lines });
  sqlite.close();
}, 600_000);
