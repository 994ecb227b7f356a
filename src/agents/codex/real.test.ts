/**
 * The real Codex CLI (pinned devDependency) with cairn's hooks installed, driven offline
 * against the scripted Responses API stand-in. What `cairn session show --format json` says is
 * what a person watching cairn would see.
 */
import { afterAll, expect, test } from "bun:test";
import { readFileSync, writeFileSync } from "node:fs";
import { codexCli } from "../../testing/codex.ts";
import { cairnOk, tempDir } from "../../testing/harness.ts";
import { byPrompt, text, toolUse } from "../../testing/model-api.ts";
import { startResponsesApi } from "../../testing/responses-api.ts";
import { logFiles } from "../core/import.ts";

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

test("exec: the prompt, a failing tool call and the reply are recorded by the hooks; importing the rollout after them adds nothing", async () => {
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

    // The rollout holds the same session: importing it after the hooks adds nothing, twice.
    const before = await show(listed.id);
    for (let i = 0; i < 2; i++) {
      const imported = JSON.parse(await cairnOk(tmp.db, ["import", "codex", codex.sessions, "--format", "json"]));
      expect(imported).toMatchObject({ files: 1, sessions: 1, messages: 0, updated: 0 });
      expect(imported.skipped["recorded by hooks"]).toBeGreaterThan(0);
      expect(await show(listed.id)).toEqual(before);
    }

    // Without hooks, the rollout alone gives the prompt, the failed call and the reply; again, nothing more.
    const other = tempDir();
    try {
      // First the rollout as it stood mid-turn (cut after the call, and mid-line): the call is running.
      const [rollout] = await logFiles(codex.sessions, "**/*.jsonl");
      const full = readFileSync(rollout!, "utf8");
      const cut = full.indexOf("\n", full.indexOf('"function_call"')) + 1;
      writeFileSync(`${other.dir}/rollout.jsonl`, full.slice(0, cut) + full.slice(cut, cut + 40));
      const early = JSON.parse(await cairnOk(other.db, ["import", "codex", `${other.dir}/rollout.jsonl`, "--format", "json"]));
      expect(early).toMatchObject({ files: 1, sessions: 1, messages: 2, skipped: { malformed: 1 } });
      writeFileSync(`${other.dir}/rollout.jsonl`, full);
      const first = JSON.parse(await cairnOk(other.db, ["import", "codex", `${other.dir}/rollout.jsonl`, "--format", "json"]));
      expect(first).toMatchObject({ files: 1, sessions: 1, messages: 1, updated: 1 });
      const [alone] = JSON.parse(await cairnOk(other.db, ["session", "list", "--format", "json"]));
      expect(alone).toMatchObject({ project: "shop", title: "please check the build folder", externalId: `codex:${thread}` });
      const imported = JSON.parse(await cairnOk(other.db, ["session", "show", alone.id, "--format", "json"]));
      expect(imported.messages.map((m: any) => [m.role, m.parts[0].type])).toEqual([
        ["user", "text"],
        ["assistant", "tool"],
        ["assistant", "text"],
      ]);
      expect(imported.messages[1].parts[0]).toMatchObject({ name: "Bash", state: "error", input: { command: "ls build-output" }, callId: tool.callId });
      expect(imported.messages[2].parts[0].text).toBe("There is no build folder yet.");
      const again = JSON.parse(await cairnOk(other.db, ["import", "codex", codex.sessions, "--format", "json"]));
      expect(again).toMatchObject({ files: 1, sessions: 1, messages: 0, updated: 0 });
    } finally {
      other.cleanup();
    }
  } finally {
    codex.cleanup();
  }
}, 120_000);
