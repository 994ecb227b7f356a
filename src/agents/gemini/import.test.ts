/**
 * `cairn import gemini` on chats the real Gemini CLI (pinned devDependency) wrote, offline
 * against the Gemini API stand-in: alone, again, after the chat grew by a resumed turn, and
 * after the hooks recorded the same session live.
 */
import { afterAll, expect, test } from "bun:test";
import { geminiCli } from "../../testing/gemini.ts";
import { startGeminiApi } from "../../testing/gemini-api.ts";
import { cairnOk, tempDir } from "../../testing/harness.ts";
import { byPrompt, reply, text, toolUse } from "../../testing/model-api.ts";
import { emptySummary } from "../core/import.ts";
import { parseChat } from "./chats.ts";

const tmp = tempDir();
const api = startGeminiApi(
  byPrompt({
    "read the notes": [toolUse("read_file", { file_path: "notes.txt" }), text("There are no notes yet.")],
    "list the folder": [reply(text("Let me list it."), toolUse("run_shell_command", { command: "echo listed" })), text("Listed it.")],
  }),
);
afterAll(() => {
  api.close();
  tmp.cleanup();
});

const importGemini = async (db: string, path: string) => JSON.parse(await cairnOk(db, ["import", "gemini", path, "--format", "json"]));
const messagesOf = async (db: string) => {
  const [listed] = JSON.parse(await cairnOk(db, ["session", "list", "--format", "json"]));
  const session = JSON.parse(await cairnOk(db, ["session", "show", listed.id, "--format", "json"]));
  return { listed, messages: session.messages.map((m: any) => ({ id: m.id, role: m.role, parts: m.parts })) };
};
const shape = (messages: any[]) => messages.map((m) => [m.role, m.parts[0].type === "tool" ? `${m.parts[0].name}:${m.parts[0].state}` : m.parts[0].text]);

test("a chat is imported whole (prompt, failing tool, reply), then only what a resumed turn added", async () => {
  const db = `${tmp.dir}/alone.db`;
  const gemini = await geminiCli({ api, db: null, project: "shop" });
  try {
    expect((await gemini.prompt("please read the notes")).code).toBe(0);
    const chats = `${gemini.home}/.gemini/tmp`;
    expect(await importGemini(db, chats)).toMatchObject({ files: 1, sessions: 1, messages: 3, skipped: {} });
    const first = await messagesOf(db);
    expect(first.listed).toMatchObject({ project: "shop", title: "please read the notes" });
    expect(first.listed.externalId).toStartWith("gemini:");
    expect(shape(first.messages)).toEqual([
      ["user", "please read the notes"],
      ["assistant", "read_file:error"],
      ["assistant", "There are no notes yet."],
    ]);
    expect(JSON.stringify(first.messages[1].parts[0].output)).toContain("File not found");

    expect(await importGemini(db, chats)).toMatchObject({ messages: 0, sessions: 1 });
    // Resuming rewrites the chat's history in another shape: what is there already is not added again.
    expect((await gemini.prompt("now list the folder", ["--resume", "latest", "--yolo"])).code).toBe(0);
    expect(await importGemini(db, chats)).toMatchObject({ messages: 4, sessions: 1 });
    const second = await messagesOf(db);
    expect(second.messages.slice(0, 3)).toEqual(first.messages);
    expect(shape(second.messages.slice(3))).toEqual([
      ["user", "now list the folder"],
      ["assistant", "Let me list it."],
      ["assistant", "run_shell_command:completed"],
      ["assistant", "Listed it."],
    ]);
  } finally {
    gemini.cleanup();
  }
}, 180_000);

test("an import after the hooks recorded the same session adds nothing twice", async () => {
  const db = `${tmp.dir}/hooks.db`;
  const gemini = await geminiCli({ api, db, project: "shop" });
  try {
    expect((await gemini.prompt("please read the notes")).code).toBe(0);
    expect((await gemini.prompt("now list the folder", ["--resume", "latest", "--yolo"])).code).toBe(0);
    const live = await messagesOf(db);
    expect(shape(live.messages)).toEqual([
      ["user", "please read the notes"],
      ["assistant", "read_file:error"],
      ["assistant", "There are no notes yet."],
      ["user", "now list the folder"],
      ["assistant", "run_shell_command:completed"],
      // AfterAgent gives the turn's replies as one text; the chat keeps them apart.
      ["assistant", "Let me list it.\nListed it."],
    ]);
    const chats = `${gemini.home}/.gemini/tmp`;
    expect(await importGemini(db, chats)).toMatchObject({ messages: 0, sessions: 1, updated: 0 });
    expect(await importGemini(db, chats)).toMatchObject({ messages: 0, sessions: 1 });
    expect((await messagesOf(db)).messages).toEqual(live.messages);
  } finally {
    gemini.cleanup();
  }
}, 180_000);

test("a rewind drops the messages from the one named on; a cut-off last line is counted, not fatal", () => {
  const summary = emptySummary();
  const lines = [
    { sessionId: "s1", projectHash: "h", startTime: "2026-11-23T00:00:00Z", kind: "main" },
    { id: "u1", timestamp: "2026-11-23T00:00:01Z", type: "user", content: [{ text: "first" }] },
    { id: "g1", timestamp: "2026-11-23T00:00:02Z", type: "gemini", content: "one" },
    { id: "u2", timestamp: "2026-11-23T00:00:03Z", type: "user", content: [{ text: "second" }] },
    { $rewindTo: "u2" },
    { id: "u3", timestamp: "2026-11-23T00:00:04Z", type: "user", content: [{ text: "third" }] },
  ];
  const [log] = parseChat(`${lines.map((l) => JSON.stringify(l)).join("\n")}\n{"id":"g3","ty`, "/x/chats/session-1.jsonl", summary);
  expect(log!.id).toBe("s1");
  expect(log!.messages.map((m) => [m.id, m.role, (m.parts[0] as { text: string }).text])).toEqual([
    ["u1", "user", "first"],
    ["g1", "assistant", "one"],
    ["u3", "user", "third"],
  ]);
  expect(summary.skipped).toEqual({ malformed: 1 });
});
