/**
 * Steering supervised Claude Code from cairn: interrupt, resume, approvals, worktrees, faults,
 * several agents at once. The real binary against the scripted model stand-in.
 */
import { afterAll, expect, test } from "bun:test";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { byPrompt, contentText, reply, startModelApi, text, toolUse, type ModelRequest } from "../../testing/model-api.ts";
import { supervisedClaude, texts, type Seen } from "../../testing/supervised.ts";

/** The text of the newest user message of a request, whatever it carries (tool results, reminders). */
const lastUserText = (r: ModelRequest) => contentText(r.body?.messages?.at(-1)?.content);
const rules = byPrompt({
  "say hello": text("Hello from the agent."),
  "be slow": [reply(toolUse("Bash", { command: "timeout 60 tail -f /dev/null; echo slept" })), text("Slept.")],
  "write the file": [reply(toolUse("Write", { file_path: "src/x.ts", content: "export const x = 1;\n" })), text("Written.")],
});
const api = startModelApi((r) => {
  if (!r.side && lastUserText(r).includes("after the interrupt")) return reply(text("Back after the interrupt."));
  if (!r.side && lastUserText(r).includes("not that file")) return reply(text("Understood, I will not write it."));
  return rules(r);
});
const t = await supervisedClaude(api, { allow: ["Bash"] });
afterAll(async () => {
  await t.cleanup();
  api.close();
});

const tool = (s: Seen) => s.messages.flatMap((m) => m.parts).find((p) => p.type === "tool") as { state: string; name: string } | undefined;

test("interrupt during a slow tool ends the turn, the agent stays and answers the next message", async () => {
  const id = await t.run("be slow");
  await t.until(id, (s) => tool(s)?.state === "running" && s.status === "running", "the slow tool");
  expect((await t.cairnOk(["session", "interrupt", id])).trim()).toBe(`${id} interrupt sent`);
  const seen = await t.until(id, (s) => s.status === "waiting" && tool(s)?.state === "error", "the turn to end");
  expect(seen.supervisor?.pid).not.toBeNull();
  await t.cairnOk(["session", "append", id, "after the interrupt"]);
  await t.until(id, (s) => texts(s, "assistant").includes("Back after the interrupt.") && s.status === "waiting", "the answer after the interrupt");
}, 120_000);

test("resume restarts a stopped session's agent on its own conversation; refused while it is live", async () => {
  const id = await t.run("say hello");
  const first = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").length === 1, "the first reply");
  const live = await t.cairn(["session", "resume", id]);
  expect(live.code).toBe(1);
  expect(live.stderr).toBe(`cairn: session ${id} is live: its supervisor (pid ${first.supervisor!.pid}) is running it\n`);
  await t.cairnOk(["session", "stop", id]);
  await t.until(id, (s) => s.status === "done" && s.supervisor?.pid === null, "the stop");
  // Written while no agent runs: delivered when it is back.
  await t.cairnOk(["session", "append", id, "say hello again"]);
  expect((await t.cairnOk(["session", "resume", id])).trim()).toBe(`${id} resumed`);
  const again = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").length === 2, "the reply after resuming");
  expect(again.supervisor!.pid).not.toBe(first.supervisor!.pid);
  // The same conversation: the model saw the first exchange, and the first message only once.
  const last = api.turns().filter((r) => JSON.stringify(r.body).includes("say hello again")).at(-1)!;
  expect(JSON.stringify(last.body)).toContain("Hello from the agent.");
  expect(JSON.stringify(last.body.messages).split("say hello").length - 1).toBe(2);
}, 120_000);

test("--ask: the session waits with the approval shown; approve lets the tool run, deny tells the agent why", async () => {
  const id = await t.run("write the file", ["--ask"]);
  const waiting = await t.until(id, (s) => s.supervisor?.approval !== null && s.supervisor?.approval !== undefined, "the approval request");
  expect(waiting.status).toBe("waiting");
  expect(waiting.supervisor!.approval).toMatchObject({ tool: "Write", summary: "src/x.ts" });
  expect(await t.cairnOk(["session", "show", id])).toContain("needs approval: Write src/x.ts");
  expect((await t.cairnOk(["session", "approve", id])).trim()).toBe(`${id} allowed: Write src/x.ts`);
  const done = await t.until(id, (s) => texts(s, "assistant").includes("Written.") && s.status === "waiting", "the tool to run");
  expect(tool(done)).toMatchObject({ name: "Write", state: "completed" });
  expect(existsSync(`${t.claude.cwd}/src/x.ts`)).toBe(true);
  expect(done.supervisor!.approval).toBeNull();

  await t.cairnOk(["session", "append", id, "write the file once more"]);
  await t.until(id, (s) => s.supervisor?.approval != null, "the second approval request");
  expect((await t.cairnOk(["session", "deny", id, "--reason", "not that file"])).trim()).toBe(`${id} denied: Write src/x.ts`);
  const denied = await t.until(id, (s) => texts(s, "assistant").includes("Understood, I will not write it."), "the agent to read the reason");
  expect(denied.messages.flatMap((m) => m.parts).filter((p) => p.type === "tool").map((p) => (p as { state: string }).state)).toEqual(["completed", "error"]);
  const nothing = await t.cairn(["session", "approve", id]);
  expect(nothing).toMatchObject({ code: 1, stderr: `cairn: session ${id} is not waiting for an approval\n` });
}, 120_000);

test("--worktree: the agent works in a worktree on branch cairn/<id>; removal refuses while it has uncommitted changes", async () => {
  const repo = `${t.claude.cwd}-repo`;
  mkdirSync(repo);
  const git = (...args: string[]) => Bun.spawnSync(["git", "-C", repo, "-c", "user.email=t@t", "-c", "user.name=t", ...args]);
  git("init", "-q");
  writeFileSync(`${repo}/README`, "hi\n");
  git("add", ".");
  git("commit", "-qm", "first");
  const id = (await t.cairnOk(["run", "shop", "say hello", "--cwd", repo, "--worktree"])).trim();
  const seen = await t.until(id, (s) => s.status === "waiting", "the reply");
  const worktree = seen.supervisor!.worktree!;
  expect(seen.supervisor).toMatchObject({ branch: `cairn/${id}`, cwd: worktree });
  expect(existsSync(`${worktree}/README`)).toBe(true);
  expect(api.turns().some((r) => JSON.stringify(r.body).includes(`Primary working directory: ${worktree}`))).toBe(true);
  expect(await t.cairnOk(["session", "show", id])).toContain(`${worktree} (branch cairn/${id})`);

  writeFileSync(`${worktree}/notes.txt`, "unsaved\n");
  const refused = await t.cairn(["session", "stop", id, "--remove-worktree"]);
  expect(refused).toMatchObject({ code: 1, stderr: `cairn: worktree ${worktree} has 1 uncommitted change (?? notes.txt): commit or discard them first (branch cairn/${id})\n` });
  expect(t.show(id).supervisor!.pid).not.toBeNull(); // nothing was stopped
  Bun.spawnSync(["rm", `${worktree}/notes.txt`]);
  await t.cairnOk(["session", "stop", id, "--remove-worktree"]);
  await t.until(id, (s) => s.status === "done" && !existsSync(worktree), "the worktree to go");
  expect(git("branch", "--list", `cairn/${id}`).stdout.toString()).toContain(`cairn/${id}`);
}, 120_000);

test("an agent that prints lines that are not JSON and dies: the lines are kept, the session fails with its words", async () => {
  const fake = `${t.claude.cwd}-fake-claude`;
  writeFileSync(fake, "#!/bin/sh\necho 'this is not json'\necho 'out of tokens' >&2\nexit 3\n");
  chmodSync(fake, 0o755);
  const run = await t.cairn(["run", "shop", "say hello", "--cwd", t.claude.cwd], { env: { CAIRN_CLAUDE: fake } });
  expect(run.code).toBe(0);
  const id = run.stdout.trim();
  const seen = await t.until(id, (s) => s.status === "failed" && s.supervisor?.pid === null, "the failure");
  expect(texts(seen, "system")).toEqual(["Claude Code exited unexpectedly (code 3): out of tokens"]);
  expect(seen.supervisor!.endedReason).toBe("agent died");
  const kept = JSON.parse(await t.cairnOk(["event", "list", "--session", id, "--kind", "agent_output", "--format", "json"]));
  expect(kept.map((e: any) => e.payload)).toEqual([{ line: "this is not json" }]);
}, 30_000);

test("four supervised agents at once each get their reply", async () => {
  const ids = await Promise.all([1, 2, 3, 4].map(() => t.run("say hello")));
  expect(new Set(ids).size).toBe(4);
  for (const id of ids) await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("Hello from the agent."), `${id}'s reply`);
}, 180_000);
