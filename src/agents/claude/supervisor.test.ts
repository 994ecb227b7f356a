/**
 * Supervised Claude Code (`cairn run`): the real binary, headless with stream-json both ways,
 * against the scripted model stand-in. What the database says is what a person sees.
 */
import { afterAll, expect, test } from "bun:test";
import { apiError, byPrompt, reply, startModelApi, text, thinking, toolUse } from "../../testing/model-api.ts";
import { supervisedClaude, texts } from "../../testing/supervised.ts";

const api = startModelApi(
  byPrompt({
    "list the files": [reply(thinking("I should run ls"), text("Let me look."), toolUse("Bash", { command: "ls -a" })), text("There is a .git folder.")],
    "say hello": text("Hello from the agent."),
    "and goodbye": text("Goodbye."),
    "break please": apiError(400, "invalid_request_error", "the stand-in refuses this"),
  }),
);
const t = await supervisedClaude(api, { allow: ["Bash"], hooks: true });
afterAll(async () => {
  await t.cleanup();
  api.close();
});

test("run: the session runs, the agent's thinking, text and tool call are recorded, then it waits", async () => {
  const id = await t.run("please list the files");
  expect(id).toBe("shop-1");
  const seen = await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("There is a .git folder."), "the reply");
  expect(seen).toMatchObject({ title: "please list the files", project: "shop" });
  expect(seen.messages[0]).toMatchObject({ role: "user", parts: [{ type: "text", text: "please list the files" }] });
  const parts = seen.messages.flatMap((m) => m.parts);
  expect(parts).toContainEqual({ type: "reasoning", text: "I should run ls" });
  expect(parts.find((p) => p.type === "tool")).toMatchObject({ name: "Bash", state: "completed", input: { command: "ls -a" }, output: { stdout: ".\n..\n.git" } });
  expect(seen.supervisor).toMatchObject({ agent: "claude", cwd: t.claude.cwd, pid: expect.any(Number) });
  // The stand-in saw the task once.
  expect(api.turns().filter((r) => r.prompt.includes("please list the files"))).toHaveLength(2); // the call and the one after the tool
  const statuses = (await t.cairnOk(["event", "list", "--session", id, "--kind", "session.status_changed", "--format", "json"])).match(/"to": "\w+"/g);
  expect(statuses).toEqual(['"to": "running"', '"to": "waiting"']);
  // cairn's hooks are installed, yet nothing was recorded twice: the supervisor alone records a supervised agent.
  expect(seen.messages.filter((m) => m.role === "user")).toHaveLength(1);
  expect(await t.cairnOk(["session", "list", "--format", "json"])).not.toContain("Claude Code ");
}, 120_000);

test("a message appended to an idle supervised session reaches the model exactly once and shows delivered", async () => {
  const id = await t.run("say hello");
  await t.until(id, (s) => s.status === "waiting" && texts(s, "assistant").includes("Hello from the agent."), "the first reply");
  const out = JSON.parse(await t.cairnOk(["session", "append", id, "and goodbye", "--format", "json"]));
  await t.until(id, (s) => texts(s, "assistant").includes("Goodbye.") && s.status === "waiting", "the reply to the message");
  const last = api.turns().filter((r) => r.prompt.includes("and goodbye")).at(-1)!;
  expect(JSON.stringify(last.body).split("and goodbye").length - 1).toBe(1);
  const shown = JSON.parse(await t.cairnOk(["session", "show", id, "--format", "json"]));
  expect(shown.messages.find((m: any) => m.id === out.message).delivery).toMatchObject({ state: "delivered", via: "stdin" });
  // The task was the agent's first delivery; the message went out with its own id as the line's uuid.
  expect(shown.messages[0].delivery).toMatchObject({ state: "delivered", via: "stdin" });
  expect(JSON.stringify(last.body)).toContain("From test via cairn: and goodbye");
}, 120_000);

test("stop ends the agent and the session is done", async () => {
  const id = await t.run("say hello");
  await t.until(id, (s) => s.status === "waiting", "the reply");
  expect((await t.cairnOk(["session", "stop", id])).trim()).toBe(`${id} stopping`);
  const seen = await t.until(id, (s) => s.status === "done" && s.supervisor?.pid === null, "the agent to end");
  expect(seen.supervisor?.endedReason).toBe("stopped");
  const again = await t.cairn(["session", "interrupt", id]);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain(`session ${id} has no live agent`);
}, 120_000);

test("cancelling the session ends its agent; the session stays cancelled", async () => {
  const id = await t.run("say hello");
  await t.until(id, (s) => s.status === "waiting", "the reply");
  await t.cairnOk(["session", "status", id, "cancelled"]);
  const seen = await t.until(id, (s) => s.supervisor?.pid === null, "the agent to end");
  expect(seen.status).toBe("cancelled");
  expect(seen.supervisor!.endedReason).toBe("session finished");
}, 120_000);

test("an API error fails the session with the error", async () => {
  const id = await t.run("break please");
  const seen = await t.until(id, (s) => s.status === "failed" && s.supervisor?.pid === null, "the failure");
  expect(texts(seen, "system").join(" ")).toContain("the stand-in refuses this");
}, 120_000);

test("a supervisor killed with SIGKILL: the next reader marks the session failed, supervisor gone", async () => {
  const id = await t.run("say hello");
  const { supervisor } = await t.until(id, (s) => s.status === "waiting", "the reply");
  process.kill(supervisor!.pid!, "SIGKILL");
  // Whoever reads next (here: session show) notices.
  const deadline = Date.now() + 10_000;
  let shown: any;
  do {
    shown = JSON.parse(await t.cairnOk(["session", "show", id, "--format", "json"]));
  } while (shown.status !== "failed" && Date.now() < deadline);
  expect(shown.status).toBe("failed");
  expect(shown.supervisor).toMatchObject({ pid: null, endedReason: "supervisor gone" });
}, 120_000);

test("a message claimed but never confirmed when its supervisor died reaches the resumed agent exactly once", async () => {
  const id = await t.run("say hello");
  const { supervisor } = await t.until(id, (s) => s.status === "waiting", "the reply");
  // Freeze the agent, so the supervisor sends the message but never sees it echoed.
  const agent = Number(Bun.spawnSync(["pgrep", "-P", String(supervisor!.pid)]).stdout.toString().trim().split("\n")[0]);
  process.kill(agent, "SIGSTOP");
  const out = JSON.parse(await t.cairnOk(["session", "append", id, "and goodbye from afar", "--format", "json"]));
  const store = (await import("../../store/store.ts")).Store.open(t.db);
  try {
    const claimed = () => (store.sqlite.query("SELECT state FROM deliveries WHERE id = ?1").get(out.message) as { state: string } | null)?.state === "claimed";
    for (const deadline = Date.now() + 30_000; !claimed(); await Bun.sleep(50)) if (Date.now() > deadline) throw new Error("the message was never claimed");
  } finally {
    store.close();
  }
  process.kill(-supervisor!.pid!, "SIGKILL"); // the supervisor and its frozen agent
  // The next reader notices the supervisor is gone.
  while (JSON.parse(await t.cairnOk(["session", "show", id, "--format", "json"])).status !== "failed") await Bun.sleep(50);
  await t.cairnOk(["session", "resume", id]);
  const seen = await t.until(id, (s) => texts(s, "assistant").includes("Goodbye.") && s.status === "waiting", "the resumed agent's reply");
  const last = api.turns().filter((r) => JSON.stringify(r.body).includes("and goodbye from afar")).at(-1)!;
  expect(JSON.stringify(last.body).split("and goodbye from afar").length - 1).toBe(1);
  expect(seen.messages.find((m) => m.id === out.message)).toBeDefined();
  const shown = JSON.parse(await t.cairnOk(["session", "show", id, "--format", "json"]));
  expect(shown.messages.find((m: any) => m.id === out.message).delivery).toMatchObject({ state: "delivered", via: "stdin" });
}, 120_000);
