import { afterAll, expect, test } from "bun:test";
import { cairn, cairnOk, dumpAll, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
await cairnOk(tmp.db, ["project", "add", "shop"]);
afterAll(() => tmp.cleanup());

test("cairn run without Claude Code says so in one line and writes nothing", async () => {
  const before = dumpAll(tmp.db);
  const missing = await cairn(tmp.db, ["run", "shop", "do it"], { env: { PATH: "/nonexistent", CAIRN_CLAUDE: "" } });
  expect(missing).toMatchObject({ code: 1, stderr: "cairn: cannot find Claude Code: put claude on your PATH or set CAIRN_CLAUDE to its path\n" });
  const wrong = await cairn(tmp.db, ["run", "shop", "do it"], { env: { CAIRN_CLAUDE: `${tmp.dir}/no-such-claude` } });
  expect(wrong).toMatchObject({ code: 1, stderr: `cairn: CAIRN_CLAUDE is ${tmp.dir}/no-such-claude, which is not an executable file\n` });
  expect(dumpAll(tmp.db)).toBe(before);
});

test("cairn run refuses an unknown agent, a missing directory and a missing project, writing nothing", async () => {
  const before = dumpAll(tmp.db);
  const env = { CAIRN_CLAUDE: "/bin/true" };
  expect(await cairn(tmp.db, ["run", "shop", "x", "--agent", "cursor"], { env })).toMatchObject({ code: 2, stderr: 'cairn: unknown agent "cursor" for --agent: use claude, codex, gemini\n' });
  expect(await cairn(tmp.db, ["run", "shop", "x", "--cwd", `${tmp.dir}/nope`], { env })).toMatchObject({ code: 1, stderr: `cairn: --cwd ${tmp.dir}/nope is not a directory\n` });
  expect(await cairn(tmp.db, ["run", "nope", "x"], { env })).toMatchObject({ code: 1, stderr: "cairn: no project nope\n" });
  // Codex is looked for before anything is written, like Claude Code.
  expect(await cairn(tmp.db, ["run", "shop", "x", "--agent", "codex"], { env: { PATH: "/nonexistent" } })).toMatchObject({ code: 1, stderr: "cairn: cannot find Codex: put codex on your PATH or set CAIRN_CODEX to its path\n" });
  expect(dumpAll(tmp.db)).toBe(before);
});

test("steering a session cairn does not supervise is refused", async () => {
  const id = (await cairnOk(tmp.db, ["session", "new", "shop", "by hand"])).trim();
  for (const args of [["interrupt", id], ["stop", id], ["approve", id], ["deny", id, "--reason", "no"]]) {
    const run = await cairn(tmp.db, ["session", ...args]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not supervised by cairn|not waiting for an approval/);
  }
});
