/**
 * The real Codex CLI (pinned devDependency) with cairn's hooks installed, driven offline
 * against the scripted Responses API stand-in. What `cairn session show --format json` says is
 * what a person watching cairn would see.
 */
import { afterAll, expect, test } from "bun:test";
import { codexCli } from "../../testing/codex.ts";
import { cairnOk, tempDir } from "../../testing/harness.ts";
import { byPrompt, text, toolUse } from "../../testing/model-api.ts";
import { startResponsesApi } from "../../testing/responses-api.ts";

const tmp = tempDir();
const api = startResponsesApi(
  byPrompt({
    "check the build folder": [toolUse("exec_command", { cmd: "ls build-output" }), text("There is no build folder yet.")],
  }),
);
afterAll(() => {
  api.close();
  tmp.cleanup();
});

const show = async (session: string) => JSON.parse(await cairnOk(tmp.db, ["session", "show", session, "--format", "json"]));

test("exec: the prompt, a failing tool call and the reply are recorded by the hooks", async () => {
  const codex = await codexCli({ api, db: tmp.db, project: "shop" });
  try {
    const run = await codex.exec("please check the build folder");
    expect(run.code).toBe(0);
    const thread = run.lines.find((l) => l.type === "thread.started")?.thread_id;
    expect(thread).toBeString();
    // What reached the model: the prompt, then the failed command's output.
    const turns = api.turns();
    expect(turns).toHaveLength(2);
    expect(turns[0]!.prompt).toContain("please check the build folder");
    expect(JSON.stringify(turns[1]!.body.input.at(-1))).toContain("No such file or directory");

    const [listed] = JSON.parse(await cairnOk(tmp.db, ["session", "list", "--format", "json"]));
    expect(listed).toMatchObject({ project: "shop", title: "please check the build folder", status: "done", externalId: `codex:${thread}` });
    const session = await show(listed.id);
    expect(session.messages[0]).toMatchObject({ role: "user", parts: [{ type: "text", text: "please check the build folder" }] });
    const tool = session.messages.flatMap((m: any) => m.parts).find((p: any) => p.type === "tool");
    expect(tool).toMatchObject({ name: "Bash", state: "error", input: { command: "ls build-output" } });
    expect(String(tool.output)).toContain("No such file or directory");
    expect(session.messages.at(-1)).toMatchObject({ role: "assistant", parts: [{ type: "text", text: "There is no build folder yet." }] });
  } finally {
    codex.cleanup();
  }
}, 120_000);
