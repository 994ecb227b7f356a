/**
 * Supervised agents from the terminal UI, with the real Claude Code against the stand-in: the
 * live mark, an approval shown and answered with a key, `n` that runs the new session now, and
 * the agent keys (interrupt, stop). The agents outlive the UI that started them.
 */
import { afterAll, expect, test } from "bun:test";
import { byPrompt, reply, startModelApi, text, toolUse } from "../testing/model-api.ts";
import { KEY, PtyScreen } from "../testing/pty.ts";
import { supervisedClaude, texts } from "../testing/supervised.ts";

const api = startModelApi(
  byPrompt({
    "write the file": [reply(toolUse("Write", { file_path: "src/x.ts", content: "export const x = 1;\n" })), text("Written.")],
    "say hello": text("Hello from the agent."),
  }),
);
const t = await supervisedClaude(api);
let screen: PtyScreen | undefined;
afterAll(async () => {
  screen?.close();
  await t.cleanup();
  api.close();
});

test("the UI marks live agents, shows and answers approvals, runs a new session now, stops it; agents outlive the UI", async () => {
  const asking = await t.run("write the file", ["--ask"]);
  await t.until(asking, (s) => s.supervisor?.approval != null, "the approval request");

  screen = new PtyScreen(["--db", t.db], { cols: 120, rows: 32, env: t.env, cwd: t.claude.cwd });
  await screen.press(KEY.enter);
  await screen.waitFor((s) => s.includes("needs approval: Write src/x.ts") && s.includes("●"));
  // Y in the sessions pane allows the tool the selected session's agent waits for.
  await screen.press("Y");
  await screen.waitFor(`${asking}: allowed`);
  await t.until(asking, (s) => texts(s, "assistant").includes("Written."), "the tool to run");
  await screen.waitFor((s) => !s.includes("needs approval"));

  // n: a task, then "run it now?" — y starts its agent.
  await screen.press("n");
  await screen.waitFor("new session in shop");
  await screen.press("say hello", KEY.enter);
  await screen.waitFor("run it now with Claude Code?");
  await screen.press("y");
  const started = "shop-2";
  await screen.waitFor(`${started}: agent started`);
  await t.until(started, (s) => s.status === "waiting" && texts(s, "assistant").includes("Hello from the agent."), "the new agent's reply");
  await screen.waitFor("agent live");

  // Quitting the UI leaves the agents running; S from a new UI stops one.
  await screen.press("q");
  await screen.exited();
  screen.close();
  expect(t.show(started).supervisor!.pid).not.toBeNull();
  screen = new PtyScreen(["--db", t.db], { cols: 120, rows: 32, env: t.env, cwd: t.claude.cwd });
  await screen.press(KEY.enter);
  await screen.waitFor("shop-2");
  await screen.press(KEY.enter); // opens the newest session (shop-2) in the detail pane
  await screen.waitFor((s) => s.includes(`${started} · waiting`) && s.includes("agent live"));
  await screen.press("S");
  await screen.waitFor(`${started}: stopping its agent`);
  await t.until(started, (s) => s.status === "done" && s.supervisor?.pid === null, "the agent to stop");
  await screen.waitFor(`${started} · done`);
}, 180_000);
