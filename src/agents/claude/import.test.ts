import { afterAll, beforeAll, expect, test } from "bun:test";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Database } from "bun:sqlite";
import { cairn, cairnOk, dumpAll, tempDir } from "../../testing/harness.ts";

const tmp = tempDir();
const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
const projects = `${tmp.dir}/projects/-tmp-shop`;
afterAll(() => tmp.cleanup());

/** The fixture transcript, with its cwd pointing at a real repository in the temp dir. */
function placeTranscript(fixture: string) {
  const text = readFileSync(`${FIXTURES}${fixture}`, "utf8").replaceAll("/tmp/cairn-fixture", tmp.dir);
  writeFileSync(`${projects}/5f0c2f1e-1111-4a4a-9b9b-000000000001.jsonl`, text);
}

beforeAll(() => {
  mkdirSync(`${tmp.dir}/shop-api/.git`, { recursive: true });
  mkdirSync(projects, { recursive: true });
  placeTranscript("transcript-session.jsonl");
});

const query = <T>(sql: string) => {
  const db = new Database(tmp.db, { readonly: true });
  try {
    return db.query(sql).all() as T[];
  } finally {
    db.close();
  }
};

test("a transcript becomes a session with threaded messages, parts and paired tool results", async () => {
  const out = await cairnOk(tmp.db, ["import", "claude", `${tmp.dir}/projects`]);
  // Seven conversation lines: two only carry tool results (they complete earlier calls); each
  // tool call is a message of its own. The summary names a line this file does not hold yet.
  expect(out).toBe("imported 7 messages into 1 sessions from 1 transcripts, 0 tool calls completed (skipped: 1 file-history-snapshot, 2 malformed, 1 summary of an unknown session, 1 system)\n");
  const [session] = query<{ id: string; project: string; title: string; external_id: string; message_count: number; status: string }>("SELECT * FROM sessions");
  // No hook watched it: an ended session, titled by its first prompt.
  expect(session).toMatchObject({ id: "shop-api-1", project: "shop-api", title: "The checkout test fails on Safari. Can you fix it?", external_id: "5f0c2f1e-1111-4a4a-9b9b-000000000001", message_count: 7, status: "done" });
  const shown = JSON.parse(await cairnOk(tmp.db, ["session", "show", "shop-api-1", "--format", "json"]));
  expect(shown.messages.map((m: { role: string }) => m.role)).toEqual(["user", "assistant", "assistant", "assistant", "user", "assistant", "assistant"]);
  const [first, second, third, fourth, fifth, sixth, seventh] = shown.messages;
  expect(first.parts).toEqual([{ type: "text", text: "The checkout test fails on Safari. Can you fix it?" }]);
  expect(first.createdAt).toBe("2026-11-01T10:00:00.000Z");
  expect(second.parts).toEqual([
    { type: "reasoning", text: "Look at the test first." },
    { type: "text", text: "Let me run the test." },
  ]);
  expect(third.parts).toEqual([{ type: "tool", name: "Bash", state: "completed", input: { command: "bun test checkout" }, callId: "toolu_A", output: "1 fail: timeout" }]);
  expect(fourth.parts).toEqual([{ type: "tool", name: "Read", state: "error", input: { file_path: "test/checkout.spec.ts" }, callId: "toolu_B", output: "ENOENT: no such file" }]);
  expect(fifth.parts).toEqual([{ type: "text", text: "Here is a screenshot" }, { type: "image", mime: "image/png", bytes: 16 }]);
  expect(sixth.parts[1]).toMatchObject({ type: "server_tool_use", name: "web_search" });
  // The cut-off last line left this call without its result: in an ended session it was interrupted.
  expect(seventh.parts[0]).toMatchObject({ type: "tool", name: "Edit", state: "interrupted", callId: "toolu_C" });
});

test("importing the same transcript again changes nothing", async () => {
  const before = dumpAll(tmp.db);
  const out = await cairnOk(tmp.db, ["import", "claude", `${tmp.dir}/projects`]);
  expect(out).toStartWith("imported 0 messages into 1 sessions");
  expect(dumpAll(tmp.db)).toBe(before);
});

test("a transcript that grew adds only what is new and completes the waiting tool call", async () => {
  placeTranscript("transcript-session-grown.jsonl");
  const out = await cairnOk(tmp.db, ["import", "claude", `${projects}/5f0c2f1e-1111-4a4a-9b9b-000000000001.jsonl`]);
  expect(out).toBe("imported 1 messages into 1 sessions from 1 transcripts, 1 tool calls completed (skipped: 1 file-history-snapshot, 1 malformed, 1 system)\n");
  const shown = JSON.parse(await cairnOk(tmp.db, ["session", "show", "shop-api-1", "--format", "json"]));
  expect(shown.messageCount).toBe(8);
  // The summary's leaf is in this file now: the session it summarises gets its title.
  expect(shown.title).toBe("Fix the flaky checkout test");
  expect(shown.messages[6].parts[0]).toMatchObject({ name: "Edit", state: "completed", output: "The file was edited." });
  expect(shown.messages[7].parts).toEqual([{ type: "text", text: "Fixed: the test now waits for the selector." }]);
  expect((await cairnOk(tmp.db, ["db", "check", "--format", "json"])).includes('"projectionsMatchLog": true')).toBe(true);
});

test("a missing path is a clear error; an empty directory imports nothing", async () => {
  const missing = await cairn(tmp.db, ["import", "claude", `${tmp.dir}/nowhere`]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toBe(`cairn: no file or directory ${tmp.dir}/nowhere\n`);
  mkdirSync(`${tmp.dir}/empty`);
  expect(await cairnOk(tmp.db, ["import", "claude", `${tmp.dir}/empty`])).toBe("imported 0 messages into 0 sessions from 0 transcripts, 0 tool calls completed\n");
});

test("import <FILE> still means the event-log import", async () => {
  copyFileSync(`${FIXTURES}transcript-session.jsonl`, `${tmp.dir}/not-an-export.jsonl`);
  const run = await cairn(tmp.db, ["import", `${tmp.dir}/not-an-export.jsonl`]);
  expect(run.code).toBe(1);
  expect(run.stderr).toStartWith("cairn: line 1: ");
});

test("a session the hooks recorded live is completed by its transcript, not repeated", async () => {
  const db = `${tmp.dir}/hooked.db`;
  const session = "5f0c2f1e-1111-4a4a-9b9b-000000000001";
  const hook = (body: object) => cairnOk(db, ["hook", "claude"], { stdin: JSON.stringify({ session_id: session, cwd: `${tmp.dir}/shop-api`, ...body }) });
  await hook({ hook_event_name: "UserPromptSubmit", prompt: "The checkout test fails on Safari. Can you fix it?" });
  await hook({ hook_event_name: "PreToolUse", tool_name: "Bash", tool_input: { command: "bun test checkout" }, tool_use_id: "toolu_A" });
  placeTranscript("transcript-session.jsonl");
  const out = await cairnOk(db, ["import", "claude", `${tmp.dir}/projects`]);
  expect(out).toBe("imported 5 messages into 1 sessions from 1 transcripts, 1 tool calls completed (skipped: 1 file-history-snapshot, 2 malformed, 1 recorded by hooks, 1 summary of an unknown session, 1 system)\n");
  const shown = JSON.parse(await cairnOk(db, ["session", "show", "shop-api-1", "--format", "json"]));
  const prompts = shown.messages.filter((m: { role: string; parts: Array<{ text?: string }> }) => m.role === "user" && m.parts[0]!.text?.startsWith("The checkout test"));
  expect(prompts).toHaveLength(1);
  const bash = shown.messages.flatMap((m: { parts: Array<{ callId?: string }> }) => m.parts).filter((p: { callId?: string }) => p.callId === "toolu_A");
  expect(bash).toEqual([{ type: "tool", name: "Bash", state: "completed", input: { command: "bun test checkout" }, callId: "toolu_A", output: "1 fail: timeout" }]);
  expect(shown.messageCount).toBe(7);
});
