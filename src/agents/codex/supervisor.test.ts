/**
 * Supervised Codex (`cairn run --agent codex`): the real binary's `codex app-server` against the
 * Responses API stand-in. What the database says is what a person sees; what reached the model
 * is read from the stand-in's requests.
 */
import { afterAll, expect, test } from "bun:test";
import { existsSync, writeFileSync } from "node:fs";
import { apiError, byPrompt, reply, text, thinking, toolUse, type ModelRequest } from "../../testing/model-api.ts";
import { startResponsesApi } from "../../testing/responses-api.ts";
import { supervisedCodex, texts, type Seen } from "../../testing/supervised.ts";

const api = startResponsesApi(
  byPrompt({
    "list the files": [reply(thinking("I should look around"), toolUse("exec_command", { cmd: "ls -a" })), text("There is a .git folder.")],
    "check the build": [reply(toolUse("exec_command", { cmd: "ls build-output" })), text("No build yet.")],
    "run the slow check": [reply(toolUse("exec_command", { cmd: "while [ ! -e go ]; do sleep 0.05; done; echo checked" })), text("All checked.")],
    "MARKER-STEER": text("Steered: I will look at the logs too."),
    "be slow": [reply(toolUse("exec_command", { cmd: "timeout 60 tail -f /dev/null; echo slept" })), text("Slept.")],
    "after the interrupt": text("Back after the interrupt."),
    "say hello again": text("Hello again."),
    "say hello": text("Hello from Codex."),
    "and goodbye": text("Goodbye."),
    "break please": apiError(400, "invalid_request_error", "the stand-in refuses this"),
    "not that file": text("Understood, I will not make it."),
    "make the other file": [reply(toolUse("exec_command", { cmd: "touch other-by-codex" })), text("Made the other.")],
    "make the file": [reply(toolUse("exec_command", { cmd: "touch made-by-codex" })), text("Made.")],
  }),
);
const t = await supervisedCodex(api);
afterAll(async () => {
  await t.cleanup();
  api.close();
});

const tools = (s: Seen) => s.messages.flatMap((m) => m.parts).filter((p) => p.type === "tool") as Array<{ state: string; name: string; input: any; output: unknown }>;
/** How often `marker` occurs in a request's conversation. */
const occurrences = (r: ModelRequest, marker: string) => JSON.stringify(r.body.input).split(marker).length - 1;
const statuses = async (id: string) => (await t.cairnOk(["event", "list", "--session", id, "--kind", "session.status_changed", "--format", "json"])).match(/"to": "\w+"/g);

test("run --agent codex: reasoning, the tool call and the reply are recorded; the status follows the thread", async () => {
  const id = await t.run("please list the files");
  const seen = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("There is a .git folder."), "the reply");
  expect(seen).toMatchObject({ title: "please list the files", project: "shop", agent: "codex", externalId: expect.stringMatching(/^codex:/) });
  expect(seen.supervisor).toMatchObject({ agent: "codex", cwd: t.cwd, pid: expect.any(Number) });
  expect(seen.messages[0]).toMatchObject({ role: "user", parts: [{ type: "text", text: "please list the files" }] });
  const parts = seen.messages.flatMap((m) => m.parts);
  expect(parts).toContainEqual({ type: "reasoning", text: "I should look around" });
  expect(tools(seen)[0]).toMatchObject({ name: "Bash", state: "completed", input: { command: "ls -a" } });
  expect(String(tools(seen)[0]!.output)).toContain(".git");
  expect(await statuses(id)).toEqual(['"to": "running"', '"to": "waiting"']);
  // The task went out once, as the turn's input, and is delivered.
  expect(api.turns().filter((r) => occurrences(r, "please list the files") > 0).every((r) => occurrences(r, "please list the files") === 1)).toBe(true);
  const shown = JSON.parse(await t.cairnOk(["session", "show", id, "--format", "json"]));
  expect(shown.messages[0].delivery).toMatchObject({ state: "delivered", via: "stdin" });
  // cairn's hooks are installed and trusted, yet nothing was recorded twice: the supervisor alone records a supervised agent.
  expect(JSON.parse(await t.cairnOk(["session", "list", "--format", "json"]))).toHaveLength(1);
  expect(seen.messages.filter((m) => m.role === "user")).toHaveLength(1);
  // Codex's thread is remembered for resume.
  expect(await t.cairnOk(["event", "list", "--session", id, "--kind", "agent_conversation", "--format", "json"])).toContain('"source": "codex"');
}, 120_000);

test("a failing command is recorded as failed", async () => {
  const id = await t.run("please check the build");
  const seen = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("No build yet."), "the reply");
  expect(tools(seen)[0]).toMatchObject({ name: "Bash", state: "error", input: { command: "ls build-output" } });
  expect(String(tools(seen)[0]!.output)).toContain("No such file or directory");
}, 120_000);

test("a message appended mid-turn is steered into it and reaches the model exactly once; one appended when idle starts a turn", async () => {
  const id = await t.run("please run the slow check");
  await t.until(id, (s) => tools(s)[0]?.state === "running", "the slow tool");
  const out = JSON.parse(await t.cairnOk(["session", "append", id, "MARKER-STEER also look at the logs", "--format", "json"]));
  writeFileSync(`${t.cwd}/go`, "");
  const seen = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("Steered: I will look at the logs too."), "the steered reply");
  // One turn: the steered message joined the request after the tool's result, once.
  const steered = api.turns().filter((r) => occurrences(r, "MARKER-STEER") > 0);
  expect(steered).toHaveLength(1);
  expect(occurrences(steered[0]!, "MARKER-STEER")).toBe(1);
  expect(JSON.stringify(steered[0]!.body.input)).toContain("checked");
  expect(texts(seen, "assistant")).not.toContain("All checked.");
  let shown = JSON.parse(await t.cairnOk(["session", "show", id, "--format", "json"]));
  expect(shown.messages.find((m: any) => m.id === out.message).delivery).toMatchObject({ state: "delivered", via: "stdin" });
  expect(shown.messages.filter((m: any) => JSON.stringify(m.parts).includes("MARKER-STEER"))).toHaveLength(1);

  const idle = JSON.parse(await t.cairnOk(["session", "append", id, "and goodbye", "--format", "json"]));
  await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("Goodbye."), "the reply to the message");
  const last = api.turns().at(-1)!;
  expect(occurrences(last, "and goodbye")).toBe(1);
  expect(occurrences(last, "MARKER-STEER")).toBe(1);
  shown = JSON.parse(await t.cairnOk(["session", "show", id, "--format", "json"]));
  expect(shown.messages.find((m: any) => m.id === idle.message).delivery).toMatchObject({ state: "delivered", via: "stdin" });
  expect(await statuses(id)).toEqual(['"to": "running"', '"to": "waiting"', '"to": "running"', '"to": "waiting"']);
}, 120_000);

test("interrupt during a slow tool ends the turn; the agent stays and answers the next message", async () => {
  const id = await t.run("please be slow");
  await t.until(id, (s) => tools(s)[0]?.state === "running" && s.status === "running", "the slow tool");
  expect((await t.cairnOk(["session", "interrupt", id])).trim()).toBe(`${id} interrupt sent`);
  const seen = await t.until(id, (s) => s.status === "waiting" && tools(s)[0]?.state === "error", "the turn to end", 30_000);
  expect(seen.supervisor?.pid).not.toBeNull();
  expect(String(tools(seen)[0]!.output)).toContain("the turn ended (interrupted)");
  expect(texts(seen, "assistant")).not.toContain("Slept.");
  await t.cairnOk(["session", "append", id, "after the interrupt"]);
  await t.until(id, (s) => texts(s, "assistant").includes("Back after the interrupt.") && s.status === "waiting", "the answer after the interrupt");
}, 120_000);

test("stop, then resume: the same thread goes on, and what was written meanwhile arrives once", async () => {
  const id = await t.run("please say hello");
  const first = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("Hello from Codex."), "the first reply");
  await t.cairnOk(["session", "stop", id]);
  await t.until(id, (s) => s.status === "done" && s.supervisor?.pid === null, "the stop");
  await t.cairnOk(["session", "append", id, "please say hello again"]);
  expect((await t.cairnOk(["session", "resume", id])).trim()).toBe(`${id} resumed`);
  const again = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("Hello again."), "the reply after resuming");
  expect(again.supervisor!.pid).not.toBe(first.supervisor!.pid);
  const last = api.turns().filter((r) => occurrences(r, "say hello again") > 0).at(-1)!;
  expect(JSON.stringify(last.body.input)).toContain("Hello from Codex.");
  expect(occurrences(last, "say hello again")).toBe(1);
  expect(occurrences(last, "please say hello")).toBe(2); // the first task once, and the message once
}, 120_000);

test("an API error fails the session with the error", async () => {
  const id = await t.run("break please");
  const seen = await t.until(id, (s) => s.status === "failed" && s.supervisor?.pid === null, "the failure");
  // Codex's own words: the API's error body.
  expect(texts(seen, "system").join(" ")).toMatch(/^Codex failed: .*the stand-in refuses this/);
}, 120_000);

test("--ask: a command Codex does not know to be safe waits for the person; approve runs it, deny tells the model why", async () => {
  const id = await t.run("please make the file", ["--ask"]);
  const waiting = await t.until(id, (s) => s.supervisor?.approval != null, "the approval request");
  expect(waiting.status).toBe("waiting");
  expect(waiting.supervisor!.approval).toMatchObject({ tool: "Bash", summary: "touch made-by-codex" });
  expect(await t.cairnOk(["session", "show", id])).toContain("needs approval: Bash touch made-by-codex");
  expect((await t.cairnOk(["session", "approve", id])).trim()).toBe(`${id} allowed: Bash touch made-by-codex`);
  const done = await t.until(id, (s) => texts(s, "assistant").includes("Made.") && s.status === "waiting", "the command to run");
  expect(tools(done)[0]).toMatchObject({ name: "Bash", state: "completed" });
  expect(existsSync(`${t.cwd}/made-by-codex`)).toBe(true);
  expect(done.supervisor!.approval).toBeNull();

  await t.cairnOk(["session", "append", id, "please make the other file"]);
  await t.until(id, (s) => s.supervisor?.approval != null, "the second approval request");
  expect((await t.cairnOk(["session", "deny", id, "--reason", "not that file"])).trim()).toBe(`${id} denied: Bash touch other-by-codex`);
  const denied = await t.until(id, (s) => texts(s, "assistant").includes("Understood, I will not make it.") && s.status === "waiting", "the model to read the reason");
  expect(tools(denied).map((p) => p.state)).toEqual(["completed", "error"]);
  expect(existsSync(`${t.cwd}/other-by-codex`)).toBe(false);
  expect(JSON.stringify(api.turns().at(-1)!.body.input)).toContain("The person denied that call in cairn: not that file");
  // What the model read is in the session, as the person's, once.
  expect(texts(denied, "user").filter((x) => x.includes("not that file"))).toEqual(["The person denied that call in cairn: not that file"]);
  const nothing = await t.cairn(["session", "approve", id]);
  expect(nothing).toMatchObject({ code: 1, stderr: `cairn: session ${id} is not waiting for an approval\n` });
}, 120_000);

test("importing the rollouts of the supervised threads afterwards adds nothing: each thread is its session", async () => {
  const sessions = JSON.parse(await t.cairnOk(["session", "list", "--format", "json"])) as Array<{ id: string }>;
  const before = await Promise.all(sessions.map((s) => t.cairnOk(["session", "show", s.id, "--format", "json"])));
  for (let i = 0; i < 2; i++) {
    const imported = JSON.parse(await t.cairnOk(["import", "codex", t.codex.sessions, "--format", "json"]));
    expect(imported).toMatchObject({ messages: 0, updated: 0 });
    expect(imported.files).toBeGreaterThanOrEqual(6);
    expect(imported.skipped["recorded by hooks"]).toBeGreaterThan(0);
  }
  expect(JSON.parse(await t.cairnOk(["session", "list", "--format", "json"]))).toHaveLength(sessions.length);
  expect(await Promise.all(sessions.map((s) => t.cairnOk(["session", "show", s.id, "--format", "json"])))).toEqual(before);
}, 120_000);
