/**
 * The real Gemini CLI (pinned devDependency) with cairn's hooks installed, driven offline
 * against the scripted Gemini API stand-in.
 */
import { afterAll, expect, test } from "bun:test";
import { geminiCli } from "../../testing/gemini.ts";
import { startGeminiApi } from "../../testing/gemini-api.ts";
import { cairnOk, tempDir } from "../../testing/harness.ts";
import { byPrompt, text, toolUse } from "../../testing/model-api.ts";

const tmp = tempDir();
const api = startGeminiApi(
  byPrompt({
    "read the notes": [toolUse("read_file", { file_path: "notes.txt" }), text("There are no notes yet.")],
  }),
);
afterAll(() => {
  api.close();
  tmp.cleanup();
});

test("headless: the prompt, a failing tool call and the reply are recorded by the hooks", async () => {
  const gemini = await geminiCli({ api, db: tmp.db, project: "shop" });
  try {
    const run = await gemini.prompt("please read the notes");
    expect(run.stdout).toContain("There are no notes yet.");
    expect(run.code).toBe(0);
    // What reached the model: the prompt, then the tool's error.
    const turns = api.turns();
    expect(turns).toHaveLength(2);
    expect(turns[0]!.prompt).toContain("please read the notes");
    expect(JSON.stringify(turns[1]!.body.contents.at(-1))).toContain("functionResponse");

    const [listed] = JSON.parse(await cairnOk(tmp.db, ["session", "list", "--format", "json"]));
    expect(listed).toMatchObject({ project: "shop", title: "please read the notes", status: "done" });
    expect(listed.externalId).toStartWith("gemini:");
    const session = JSON.parse(await cairnOk(tmp.db, ["session", "show", listed.id, "--format", "json"]));
    expect(session.messages.map((m: any) => [m.role, m.parts[0].type])).toEqual([
      ["user", "text"],
      ["assistant", "tool"],
      ["assistant", "text"],
    ]);
    expect(session.messages[1].parts[0]).toMatchObject({ name: "read_file", state: "error", input: { file_path: "notes.txt" } });
    expect(JSON.stringify(session.messages[1].parts[0].output)).toContain("File not found");
    expect(session.messages[2].parts[0].text).toBe("There are no notes yet.");
  } finally {
    gemini.cleanup();
  }
}, 180_000);
