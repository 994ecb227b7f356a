/**
 * Delivery through Codex's hooks, with the real Codex CLI (pinned devDependency) driven offline
 * against the Responses API stand-in: what reached the model is read from the requests the
 * stand-in received.
 */
import { afterAll, expect, test } from "bun:test";
import { writeFileSync } from "node:fs";
import { codexCli } from "../../testing/codex.ts";
import { cairnOk, tempDir, waitForRow } from "../../testing/harness.ts";
import { byPrompt, reply, text, toolUse, type ModelRequest } from "../../testing/model-api.ts";
import { startResponsesApi } from "../../testing/responses-api.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** How often `marker` occurs in a request's conversation. */
const occurrences = (r: ModelRequest, marker: string) => JSON.stringify(r.body.input).split(marker).length - 1;

const shown = async (db: string, session: string) => JSON.parse(await cairnOk(db, ["session", "show", session, "--format", "json"]));
const withMarker = (session: any, marker: string) => session.messages.filter((m: any) => JSON.stringify(m.parts).includes(marker));

test("a message appended while Codex runs a slow tool reaches the model once, with the tool's result, and shows delivered", async () => {
  const db = `${tmp.dir}/slow.db`;
  // The tool runs until the test lets it finish: the message is surely appended mid-tool.
  const api = startResponsesApi(byPrompt({ "run the slow check": [reply(toolUse("exec_command", { cmd: "while [ ! -e go ]; do sleep 0.05; done; echo checked" })), text("All checked.")] }));
  const codex = await codexCli({ api, db, project: "shop" });
  try {
    const running = codex.exec("please run the slow check");
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM events WHERE kind = 'tool_started'");
    await cairnOk(db, ["session", "append", session, "MARKER-SLOW also look at the logs"], { env: { CAIRN_ACTOR: "cli:alice" } });
    expect((await shown(db, session)).messages.at(-1).delivery).toMatchObject({ state: "pending" });
    writeFileSync(`${codex.cwd}/go`, "");
    const run = await running;
    expect(run.code).toBe(0);

    const turns = api.turns();
    expect(turns).toHaveLength(2);
    expect(occurrences(turns[0]!, "MARKER-SLOW")).toBe(0);
    // The request after the tool carries it once, as the PostToolUse hook's context.
    expect(occurrences(turns[1]!, "MARKER-SLOW")).toBe(1);
    expect(JSON.stringify(turns[1]!.body.input)).toContain("From cli:alice via cairn: MARKER-SLOW also look at the logs");
    const session1 = await shown(db, session);
    expect(withMarker(session1, "MARKER-SLOW")).toHaveLength(1);
    expect(withMarker(session1, "MARKER-SLOW")[0].delivery).toMatchObject({ state: "delivered", via: "hook" });
    const delivered = await waitForRow<{ n: number }>(db, "SELECT count(*) AS n FROM events WHERE kind = 'delivery.delivered'");
    expect(delivered.n).toBe(1);
    expect(session1.status).toBe("done");
  } finally {
    codex.cleanup();
    api.close();
  }
}, 120_000);

test("a message appended while Codex writes its last reply keeps the turn going (Stop block), reaching the model once", async () => {
  const db = `${tmp.dir}/stop.db`;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const api = startResponsesApi(
    byPrompt({
      "MARKER-STOP": text("Noted, I will also check the tests."),
      "say hello": { ...reply(text("Hello.")), hold: held },
    }),
  );
  const codex = await codexCli({ api, db, project: "shop" });
  try {
    const running = codex.exec("please say hello");
    // The turn's only request is held: SessionStart and UserPromptSubmit have run, no tool will.
    await api.waitForRequest((r) => !r.side && r.prompt.includes("say hello"));
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM events WHERE kind = 'session_start'");
    await cairnOk(db, ["session", "append", session, "MARKER-STOP check the tests too"], { env: { CAIRN_ACTOR: "ui:bob" } });
    release();
    expect((await running).code).toBe(0);

    const turns = api.turns();
    expect(turns).toHaveLength(2);
    // The blocked Stop's reason is the next prompt.
    expect(turns[1]!.prompt).toContain("From ui:bob via cairn: MARKER-STOP check the tests too");
    expect(occurrences(turns[1]!, "MARKER-STOP")).toBe(1);
    const recorded = await shown(db, session);
    expect(withMarker(recorded, "MARKER-STOP")).toHaveLength(1);
    expect(withMarker(recorded, "MARKER-STOP")[0].delivery).toMatchObject({ state: "delivered", via: "hook" });
    // Both replies are recorded; the turn continued once, then finished.
    const replies = recorded.messages.filter((m: any) => m.role === "assistant").map((m: any) => m.parts[0].text);
    expect(replies).toEqual(["Hello.", "Noted, I will also check the tests."]);
    const kinds = (await cairnOk(db, ["event", "list", "--session", session, "--kind", "turn_continued,turn_finished", "--format", "json"])).trim();
    expect(JSON.parse(kinds).map((e: any) => e.kind)).toEqual(["turn_continued", "turn_finished"]);
  } finally {
    codex.cleanup();
    api.close();
  }
}, 120_000);
