/**
 * Delivery and locks with the real Claude Code (pinned devDependency) and cairn's hooks,
 * driven offline against the scripted model stand-in: what reached the model is read from the
 * requests the stand-in received.
 */
import { afterAll, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { existsSync } from "node:fs";
import { claudeCode } from "../../testing/claude-code.ts";
import { cairnOk, tempDir, waitForRow } from "../../testing/harness.ts";
import { byPrompt, reply, startModelApi, text, toolUse, type ModelRequest } from "../../testing/model-api.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** How often `marker` occurs in a request's conversation. */
const occurrences = (r: ModelRequest, marker: string) => JSON.stringify(r.body.messages).split(marker).length - 1;

const deliveryOf = async (db: string, session: string, marker: string) => {
  const shown = JSON.parse(await cairnOk(db, ["session", "show", session, "--format", "json"]));
  return shown.messages.find((m: any) => JSON.stringify(m.parts).includes(marker))?.delivery;
};

test("a message appended while the agent runs a slow tool reaches its next model request exactly once, and shows delivered", async () => {
  const db = `${tmp.dir}/slow.db`;
  const api = startModelApi(byPrompt({ "run the slow check": [reply(toolUse("Bash", { command: "sleep 3; echo checked" })), text("All checked.")] }));
  const claude = await claudeCode({ api, db, project: "shop" });
  try {
    const running = claude.stream("please run the slow check");
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM events WHERE kind = 'tool_started'");
    await cairnOk(db, ["session", "append", session, "MARKER-SLOW also look at the logs"], { env: { CAIRN_ACTOR: "cli:alice" } });
    const run = await running;
    expect(run.code).toBe(0);
    const last = api.turns().at(-1)!;
    expect(occurrences(last, "MARKER-SLOW")).toBe(1);
    expect(JSON.stringify(last.body.messages)).toContain("From cli:alice via cairn: MARKER-SLOW also look at the logs");
    // Sent over the socket while the tool ran, it joined the request after the tool's result (a
    // PostToolUse hook that ran between the append's commit and its send may take it instead).
    expect(await deliveryOf(db, session, "MARKER-SLOW")).toMatchObject({ state: "delivered", via: expect.stringMatching(/^(socket|hook)$/) });
  } finally {
    claude.cleanup();
    api.close();
  }
}, 120_000);

test("parallel tool calls with one pending message deliver it once", async () => {
  const db = `${tmp.dir}/parallel.db`;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const api = startModelApi(
    byPrompt({
      "read both files": [
        { ...reply(toolUse("Read", { file_path: "/etc/hostname" }), toolUse("Read", { file_path: "/etc/hosts" }), toolUse("Bash", { command: "echo three" })), hold: held },
        text("Read them."),
      ],
    }),
  );
  const claude = await claudeCode({ api, db, project: "shop" });
  try {
    const running = claude.stream("please read both files");
    // The turn's first request is held: SessionStart and UserPromptSubmit have run.
    await api.waitForRequest((r) => !r.side && r.prompt.includes("read both files"));
    const { id } = await waitForRow<{ id: string }>(db, "SELECT session AS id FROM events WHERE kind = 'session_start'");
    // As with a Claude Code too old for the messaging socket: the tool hooks race for the message.
    const sqlite = new Database(db);
    sqlite.run("DELETE FROM agent_endpoints");
    sqlite.close();
    await cairnOk(db, ["session", "append", id, "MARKER-PARALLEL one more thing"]);
    release();
    expect((await running).code).toBe(0);
    const last = api.turns().at(-1)!;
    expect(occurrences(last, "MARKER-PARALLEL")).toBe(1);
    expect(await deliveryOf(db, id, "MARKER-PARALLEL")).toMatchObject({ state: "delivered", via: "hook" });
    const claims = await waitForRow<{ n: number }>(db, "SELECT count(*) AS n FROM events WHERE kind = 'delivery.delivered'");
    expect(claims.n).toBe(1);
  } finally {
    claude.cleanup();
    api.close();
  }
}, 120_000);

test("an event added with --deliver reaches the agent; a locked path's Write is refused naming the holder, and goes through after lock_released", async () => {
  const db = `${tmp.dir}/locks.db`;
  const api = startModelApi(
    byPrompt({
      "write the notes": [reply(toolUse("Bash", { command: "sleep 2" })), reply(toolUse("Write", { file_path: "NOTES_PATH", content: "hello\n" })), text("Done.")],
    }),
  );
  const claude = await claudeCode({ api, db, project: "shop" });
  const notes = `${claude.cwd}/notes.md`;
  api.script = byPrompt({ "write the notes": [reply(toolUse("Bash", { command: "sleep 2" })), reply(toolUse("Write", { file_path: notes, content: "hello\n" })), text("Done.")] });
  try {
    await cairnOk(db, ["project", "add", "shop"]);
    const holder = (await cairnOk(db, ["session", "new", "shop", "holds the notes"])).trim();
    await cairnOk(db, ["event", "add", "lock_acquired", "--session", holder, "--payload", '{"path":"notes.md"}']);

    const first = claude.stream("please write the notes");
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM events WHERE kind = 'tool_started'");
    await cairnOk(db, ["event", "add", "rebase_required", "--source", "ci", "--target", session, "--deliver", "--payload", '{"onto":"MARKER-EVENT"}'], { env: { CAIRN_ACTOR: "ci-bot" } });
    expect((await first).code).toBe(0);
    const bodies = api.turns().map((t) => JSON.stringify(t.body.messages));
    expect(bodies.at(-1)).toContain('From ci-bot via cairn: event rebase_required from ci {\\"onto\\":\\"MARKER-EVENT\\"}');
    expect(bodies.at(-1)).toContain(`notes.md is locked by cairn session ${holder}`);
    expect(existsSync(notes)).toBe(false);

    await cairnOk(db, ["event", "add", "lock_released", "--session", holder, "--payload", '{"path":"notes.md"}']);
    expect((await claude.stream("please write the notes again")).code).toBe(0);
    expect(await Bun.file(notes).text()).toBe("hello\n");
  } finally {
    claude.cleanup();
    api.close();
  }
}, 120_000);

test("a message to an idle interactive session (in a pseudo-terminal) wakes it through its messaging socket", async () => {
  const db = `${tmp.dir}/idle.db`;
  const api = startModelApi(byPrompt({ "MARKER-IDLE": text("Woken up.") }));
  const claude = await claudeCode({ api, db, project: "shop" });
  const screen = claude.terminal([], { cols: 120, rows: 40 });
  try {
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM agent_endpoints");
    await cairnOk(db, ["session", "append", session, "MARKER-IDLE are you there?"], { env: { CAIRN_ACTOR: "ui:bob" } });
    const woken = await api.waitForRequest((r) => !r.side && r.prompt.includes("MARKER-IDLE"));
    expect(woken.prompt).toContain("From ui:bob via cairn: MARKER-IDLE are you there?");
    expect(await deliveryOf(db, session, "MARKER-IDLE")).toMatchObject({ state: "delivered", via: "socket" });
    // Claude Code submits it as a prompt: recorded once, as the person's message.
    await waitForRow(db, "SELECT 1 FROM events WHERE kind = 'turn_finished' AND session = ?1", [session]);
    const shown = JSON.parse(await cairnOk(db, ["session", "show", session, "--format", "json"]));
    expect(shown.messages.filter((m: any) => JSON.stringify(m.parts).includes("MARKER-IDLE"))).toHaveLength(1);
  } finally {
    screen.close();
    claude.cleanup();
    api.close();
  }
}, 120_000);

test("a message sent over the socket shows delivered only once Claude Code has taken it, not while it lies unread in the socket", async () => {
  const db = `${tmp.dir}/unread.db`;
  const api = startModelApi(byPrompt({ "MARKER-UNREAD": text("Got it.") }));
  const claude = await claudeCode({ api, db, project: "shop" });
  const screen = claude.terminal([], { cols: 120, rows: 40 });
  try {
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM agent_endpoints");
    await screen.ready();
    // Stopped, Claude Code reads nothing: the socket still takes the bytes and closes, as it
    // would for a session too loaded to read yet, or one about to die.
    process.kill(screen.screen.proc.pid, "SIGSTOP");
    try {
      await cairnOk(db, ["session", "append", session, "MARKER-UNREAD please report"]);
      expect(await deliveryOf(db, session, "MARKER-UNREAD")).toMatchObject({ state: "pending" });
    } finally {
      process.kill(screen.screen.proc.pid, "SIGCONT");
    }
    const woken = await api.waitForRequest((r) => !r.side && r.prompt.includes("MARKER-UNREAD"));
    expect(occurrences(woken, "MARKER-UNREAD")).toBe(1);
    // Its UserPromptSubmit hook saw the message come back: that is the delivery.
    expect(await deliveryOf(db, session, "MARKER-UNREAD")).toMatchObject({ state: "delivered", via: "socket" });
    await waitForRow(db, "SELECT 1 FROM events WHERE kind = 'turn_finished' AND session = ?1", [session]);
    expect(api.turns().filter((t) => occurrences(t, "MARKER-UNREAD") > 0)).toHaveLength(1);
  } finally {
    screen.close();
    claude.cleanup();
    api.close();
  }
}, 120_000);

test("a message Claude Code took over the socket but died before submitting reaches the resumed session, once", async () => {
  const db = `${tmp.dir}/died.db`;
  const api = startModelApi(byPrompt({ "first question": text("First answer."), "MARKER-DIED": text("Seen it."), "anything new": text("Nothing.") }));
  const claude = await claudeCode({ api, db, project: "shop" });
  const first = claude.terminal([], { cols: 120, rows: 40 });
  let session: string;
  try {
    await first.ready();
    await first.submit("first question");
    ({ session } = await waitForRow<{ session: string }>(db, "SELECT session FROM events WHERE kind = 'turn_finished'"));
    process.kill(first.screen.proc.pid, "SIGSTOP");
    await cairnOk(db, ["session", "append", session, "MARKER-DIED please report"]);
    process.kill(first.screen.proc.pid, "SIGKILL");
    await first.screen.exited();
  } finally {
    first.close();
  }
  // Taken by a process that died: shown pending, not delivered.
  expect(await deliveryOf(db, session, "MARKER-DIED")).toMatchObject({ state: "pending" });
  const resumed = claude.terminal(["--continue"], { cols: 120, rows: 40 });
  try {
    // (Its SessionStart may offer the message already, as context, before or after the input box shows.)
    await resumed.ready();
    await resumed.submit("anything new?");
    const request = await api.waitForRequest((r) => !r.side && r.prompt.includes("anything new"));
    expect(occurrences(request, "MARKER-DIED")).toBe(1);
    expect(await deliveryOf(db, session, "MARKER-DIED")).toMatchObject({ state: "delivered", via: "hook" });
  } finally {
    resumed.close();
    claude.cleanup();
    api.close();
  }
}, 120_000);
