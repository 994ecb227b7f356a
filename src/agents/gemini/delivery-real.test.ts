/**
 * Delivery through Gemini CLI's hooks, with the real Gemini CLI (pinned devDependency) driven
 * offline against the Gemini API stand-in: what reached the model is read from the requests the
 * stand-in received.
 */
import { afterAll, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { geminiCli } from "../../testing/gemini.ts";
import { startGeminiApi } from "../../testing/gemini-api.ts";
import { cairnOk, tempDir, waitForRow } from "../../testing/harness.ts";
import { byPrompt, reply, text, toolUse, type ModelRequest } from "../../testing/model-api.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** How often `marker` occurs in a request's conversation. */
const occurrences = (r: ModelRequest, marker: string) => JSON.stringify(r.body.contents).split(marker).length - 1;

const shown = async (db: string, session: string) => JSON.parse(await cairnOk(db, ["session", "show", session, "--format", "json"]));
const withMarker = (session: any, marker: string) => session.messages.filter((m: any) => JSON.stringify(m.parts).includes(marker));

test("a message appended while Gemini runs a slow tool reaches the model once, in the tool's result (AfterTool), and shows delivered", async () => {
  const db = `${tmp.dir}/slow.db`;
  // The tool runs until the test lets it finish: the message is surely appended mid-tool.
  const api = startGeminiApi(byPrompt({ "run the slow check": [reply(toolUse("run_shell_command", { command: "while [ ! -e go ]; do sleep 0.05; done; echo checked" })), text("All checked.")] }));
  const gemini = await geminiCli({ api, db, project: "shop" });
  try {
    const running = gemini.prompt("please run the slow check", ["--yolo"]);
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM events WHERE kind = 'tool_started'");
    await cairnOk(db, ["session", "append", session, "MARKER-SLOW also look at the logs"], { env: { CAIRN_ACTOR: "cli:alice" } });
    expect((await shown(db, session)).messages.at(-1).delivery).toMatchObject({ state: "pending" });
    writeFileSync(`${gemini.cwd}/go`, "");
    const run = await running;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("All checked.");

    const turns = api.turns();
    expect(turns).toHaveLength(2);
    expect(occurrences(turns[0]!, "MARKER-SLOW")).toBe(0);
    // The request after the tool carries it once, inside the tool's response.
    expect(occurrences(turns[1]!, "MARKER-SLOW")).toBe(1);
    const result = JSON.stringify(turns[1]!.body.contents.at(-1));
    expect(result).toContain("functionResponse");
    expect(result).toContain("From cli:alice via cairn: MARKER-SLOW also look at the logs");
    const recorded = await shown(db, session);
    expect(withMarker(recorded, "MARKER-SLOW")).toHaveLength(1);
    expect(withMarker(recorded, "MARKER-SLOW")[0].delivery).toMatchObject({ state: "delivered", via: "hook" });
    const delivered = await waitForRow<{ n: number }>(db, "SELECT count(*) AS n FROM events WHERE kind = 'delivery.delivered'");
    expect(delivered.n).toBe(1);
    expect(recorded.messages.find((m: any) => m.parts[0].type === "tool").parts[0]).toMatchObject({ name: "run_shell_command", state: "completed" });
  } finally {
    gemini.cleanup();
    api.close();
  }
}, 120_000);

test("a message appended while Gemini writes its last reply keeps the turn going once (AfterAgent deny); an import afterwards adds nothing", async () => {
  const db = `${tmp.dir}/stop.db`;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const api = startGeminiApi(
    byPrompt({
      "MARKER-STOP": text("Noted, I will also check the tests."),
      "say hello": { ...reply(text("Hello.")), hold: held },
    }),
  );
  const gemini = await geminiCli({ api, db, project: "shop" });
  try {
    const running = gemini.prompt("please say hello");
    // The turn's only request is held: SessionStart and BeforeAgent have run, no tool will.
    await api.waitForRequest((r) => !r.side && r.prompt.includes("say hello"));
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM events WHERE kind = 'session_start'");
    await cairnOk(db, ["session", "append", session, "MARKER-STOP check the tests too"], { env: { CAIRN_ACTOR: "ui:bob" } });
    release();
    expect((await running).code).toBe(0);

    const turns = api.turns();
    expect(turns).toHaveLength(2);
    // The deny's reason is the next prompt, once.
    expect(turns[1]!.prompt).toBe("From ui:bob via cairn: MARKER-STOP check the tests too");
    expect(occurrences(turns[1]!, "MARKER-STOP")).toBe(1);
    const recorded = await shown(db, session);
    // Gemini sends the reason back through BeforeAgent: not recorded as a second message.
    expect(withMarker(recorded, "MARKER-STOP")).toHaveLength(1);
    expect(withMarker(recorded, "MARKER-STOP")[0].delivery).toMatchObject({ state: "delivered", via: "hook" });
    // Both replies, each once (Gemini's second AfterAgent repeats the first).
    const replies = recorded.messages.filter((m: any) => m.role === "assistant").map((m: any) => m.parts[0].text);
    expect(replies).toEqual(["Hello.", "Noted, I will also check the tests."]);
    const kinds = (await cairnOk(db, ["event", "list", "--session", session, "--kind", "turn_continued,turn_finished", "--format", "json"])).trim();
    expect(JSON.parse(kinds).map((e: any) => e.kind)).toEqual(["turn_continued", "turn_finished"]);

    // The chat logs the reason as the person's words: the import knows it was cairn's delivery.
    const imported = JSON.parse(await cairnOk(db, ["import", "gemini", `${gemini.home}/.gemini/tmp`, "--format", "json"]));
    expect(imported).toMatchObject({ sessions: 1, messages: 0 });
    expect((await shown(db, session)).messages).toEqual(recorded.messages);
  } finally {
    gemini.cleanup();
    api.close();
  }
}, 120_000);
