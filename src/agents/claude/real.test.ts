/**
 * The real Claude Code (pinned devDependency) with cairn's hooks installed, driven offline
 * against the scripted model stand-in. What `cairn session show --format json` says is what a
 * person watching cairn would see.
 */
import { afterAll, expect, test } from "bun:test";
import { claudeCode } from "../../testing/claude-code.ts";
import { cairnOk, tempDir } from "../../testing/harness.ts";
import { byPrompt, reply, startModelApi, text, thinking, toolUse } from "../../testing/model-api.ts";

const tmp = tempDir();
const api = startModelApi(
  byPrompt({
    "list the files": [reply(thinking("I should run ls"), text("Let me look."), toolUse("Bash", { command: "ls -a" })), text("There is a .git folder.")],
  }),
);
afterAll(() => {
  api.close();
  tmp.cleanup();
});

const show = async (session: string) => JSON.parse(await cairnOk(tmp.db, ["session", "show", session, "--format", "json"]));

test("headless: a prompt, a tool call and the reply are recorded by the hooks", async () => {
  const claude = await claudeCode({ api, db: tmp.db, project: "shop" });
  try {
    const run = await claude.stream("please list the files");
    expect(run.code).toBe(0);
    const result = run.lines.find((l) => l.type === "result");
    expect(result).toMatchObject({ is_error: false, result: "There is a .git folder." });
    // What reached the model: the prompt, then the tool's output.
    const turns = api.turns();
    expect(turns).toHaveLength(2);
    expect(turns[0]!.prompt).toContain("please list the files");
    expect(JSON.stringify(turns[1]!.body.messages.at(-1))).toContain(".git");

    const [listed] = JSON.parse(await cairnOk(tmp.db, ["session", "list", "--format", "json"]));
    expect(listed).toMatchObject({ project: "shop", title: "please list the files", status: "done", externalId: result.session_id });
    const session = await show(listed.id);
    expect(session.messages[0]).toMatchObject({ role: "user", parts: [{ type: "text", text: "please list the files" }] });
    const tool = session.messages.flatMap((m: any) => m.parts).find((p: any) => p.type === "tool");
    expect(tool).toMatchObject({ name: "Bash", state: "completed", input: { command: "ls -a" }, output: { stdout: ".\n..\n.git" } });
  } finally {
    claude.cleanup();
  }
}, 120_000);
