import { afterAll, expect, test } from "bun:test";
import { mkdirSync, readFileSync } from "node:fs";
import { tempDir } from "../testing/harness.ts";

// The installed command (package.json's bin), compiled by `bun install` from this tree.
const CAIRN = new URL("../../dist/cairn", import.meta.url).pathname;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function run(args: string[], options: { stdin?: string; env?: Record<string, string | undefined>; cwd?: string } = {}) {
  const proc = Bun.spawn([CAIRN, ...args], { stdin: options.stdin === undefined ? "ignore" : new Blob([options.stdin]), stdout: "pipe", stderr: "pipe", env: { ...process.env, ...options.env }, cwd: options.cwd });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

test("the compiled cairn runs the hot commands itself, on a new database too", async () => {
  const db = `${tmp.dir}/new.db`;
  const added = await run(["--db", db, "event", "add", "tick", "--source", "ci", "--payload", '{"n":1}']);
  expect(added.stderr).toBe("");
  expect(added.stdout).toMatch(/^1 \S+\n$/);
  const session = "0b5e55ed-0000-4000-8000-00000000c0de";
  const hook = await run(["--db", db, "hook", "claude", "--project", "ci"], { stdin: JSON.stringify({ session_id: session, cwd: tmp.dir, hook_event_name: "SessionStart", source: "startup" }) });
  expect(hook).toEqual({ stdout: "", stderr: "", code: 0 });
  // Everything else goes to the full CLI (run by bun), which sees what the hot commands wrote.
  const listed = await run(["--db", db, "session", "list", "--format", "json"]);
  expect(listed.code).toBe(0);
  expect((JSON.parse(listed.stdout) as Array<{ externalId: string }>).map((s) => s.externalId)).toEqual([session]);
  const events = await run(["--db", db, "event", "list", "--kind", "tick", "--format", "json"]);
  expect((JSON.parse(events.stdout) as Array<{ payload: unknown }>).map((e) => e.payload)).toEqual([{ n: 1 }]);
});

test("the compiled cairn passes other command lines, errors and exit codes through as they are", async () => {
  const version = await run(["--version"]);
  expect(version).toEqual({ stdout: `${(await Bun.file(new URL("../../package.json", import.meta.url)).json()).version}\n`, stderr: "", code: 0 });
  const unknown = await run(["--db", `${tmp.dir}/x.db`, "nope"]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('unknown command "nope"');
  const usage = await run(["--db", `${tmp.dir}/x.db`, "event", "add"]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("cairn event add takes 1 argument");
});

test("hooks installed by the compiled cairn run it directly, not through bun", async () => {
  const home = `${tmp.dir}/home`;
  mkdirSync(home);
  const installed = await run(["--db", `${tmp.dir}/h.db`, "hook", "claude", "--install"], { env: { HOME: home } });
  expect(installed.code, installed.stderr).toBe(0);
  const settings = JSON.parse(readFileSync(`${home}/.claude/settings.json`, "utf8")) as { hooks: Record<string, Array<{ hooks: Array<{ command: string }> }>> };
  const commands = new Set(Object.values(settings.hooks).flatMap((groups) => groups.flatMap((g) => g.hooks.map((h) => h.command))));
  expect([...commands]).toEqual([`${CAIRN} hook claude --db ${tmp.dir}/h.db`]);
});

test("a hook runs in the agent's project: the compiled cairn reads no .env there", async () => {
  const project = `${tmp.dir}/project`;
  mkdirSync(project);
  await Bun.write(`${project}/.env`, `CAIRN_DB=${tmp.dir}/from-dotenv.db\n`);
  const added = await run(["event", "add", "tick"], { cwd: project, env: { CAIRN_DB: undefined, XDG_DATA_HOME: `${tmp.dir}/data` } });
  expect(added.stderr).toBe("");
  expect(await Bun.file(`${tmp.dir}/data/cairn/cairn.db`).exists()).toBe(true);
  expect(await Bun.file(`${tmp.dir}/from-dotenv.db`).exists()).toBe(false);
});
