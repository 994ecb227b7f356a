import { afterAll, beforeAll, expect, test } from "bun:test";
import { addProject } from "../commands/project.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { getSession, sessionMessages } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { cairnOk, tempDir } from "../testing/harness.ts";
import { KEY, PtyScreen } from "../testing/pty.ts";

const tmp = tempDir();
let screen: PtyScreen;

beforeAll(() => {
  const store = Store.open(tmp.db);
  const ctx = { store, actor: "seed" };
  addProject(ctx, { id: "api", name: "Payments API" });
  addProject(ctx, { id: "web", name: "Storefront" });
  const s = newSession(ctx, { project: "api", message: "Add idempotency keys" }).id;
  appendMessage(ctx, { session: s, role: "assistant", message: [{ type: "text", text: "Looking at charges.ts" }] });
  setStatus(ctx, { session: s, status: "running" });
  recordEvent(ctx, { kind: "task_started", source: "agent-1", session: s });
  store.close();
});
afterAll(() => {
  screen?.close();
  tmp.cleanup();
});

test("the whole app in a real terminal: navigate, append, live events, filter, help, resize, quit", async () => {
  // Something on the shell's screen before cairn starts: it must be there again after quitting.
  screen = new PtyScreen(["--db", tmp.db], { cols: 100, rows: 30, before: "shell prompt before cairn$ \r\n" });
  await screen.waitFor("1 projects");
  expect(screen.term.buffer.active.type).toBe("alternate");
  expect(screen.text()).toContain("Payments API");

  // Navigate to the session and open it.
  await screen.press(KEY.enter, KEY.enter);
  await screen.waitFor("api-1 · running · Add idempotency keys");
  expect(screen.text()).toContain("Looking at charges.ts");

  // Append through the inline prompt: on screen and in the database.
  await screen.press("a");
  await screen.waitFor("append to api-1");
  await screen.press("hello from a real terminal", KEY.enter);
  await screen.waitFor("appended to api-1");
  await screen.waitFor("hello from a real terminal");
  const store = Store.open(tmp.db);
  expect(sessionMessages(store, "api-1").at(-1)!.parts).toEqual([{ type: "text", text: "hello from a real terminal" }]);

  // Another process records an event: it appears without a keypress.
  await cairnOk(tmp.db, ["event", "add", "rebase_required", "--source", "agent-2", "--target", "main"]);
  await screen.waitFor("rebase_required");
  // ... and a status change by another process updates the session in place.
  setStatus({ store, actor: "other" }, { session: "api-1", status: "review" });
  await screen.waitFor("api-1 · review");
  expect(getSession(store, "api-1")!.status).toBe("review");
  store.close();

  // Filter the events pane as you type.
  await screen.press("4", "/", "reb");
  await screen.waitFor((s) => s.includes("/reb") && !s.includes("task_started"));
  await screen.press(KEY.escape);
  await screen.waitFor("task_started");

  // Help comes from the keymap.
  await screen.press("?");
  await screen.waitFor("cairn keys");
  await screen.press(KEY.escape);
  await screen.waitFor("1 projects");

  // Resize: the frame is redrawn to the new width.
  screen.resize(80, 24);
  await screen.waitFor((s) => {
    const lines = s.split("\n");
    return lines[1]!.length === 80 && lines[1]!.endsWith("╮") && lines[22]!.endsWith("╯");
  });

  // Quit: the terminal is back on the normal screen, as it was.
  await screen.press("q");
  expect(await screen.exited()).toBe(0);
  expect(screen.term.buffer.active.type).toBe("normal");
  expect(screen.text()).toContain("shell prompt before cairn$");
}, 60_000);

test("Ctrl-C quits too", async () => {
  const other = new PtyScreen(["--db", tmp.db], { cols: 80, rows: 24 });
  try {
    await other.waitFor("1 projects");
    await other.press(KEY.ctrlC);
    expect(await other.exited()).toBe(0);
    expect(other.term.buffer.active.type).toBe("normal");
  } finally {
    other.close();
  }
}, 30_000);

test("SIGTERM (or an early Ctrl-C, before raw mode) quits cleanly and restores the screen", async () => {
  const other = new PtyScreen(["--db", tmp.db], { cols: 80, rows: 24, before: "still here$ " });
  try {
    await other.waitFor(() => other.term.modes.mouseTrackingMode === "vt200");
    other.proc.kill("SIGTERM");
    expect(await other.exited()).toBe(0);
    expect(other.term.buffer.active.type).toBe("normal");
    // Mouse reports go off with the rest: the shell gets no clicks as text.
    expect(other.term.modes.mouseTrackingMode).toBe("none");
    expect(other.text()).toContain("still here$");
  } finally {
    other.close();
  }
}, 30_000);
