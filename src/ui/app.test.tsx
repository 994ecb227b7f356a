import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { render } from "ink-testing-library";
import { addProject } from "../commands/project.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { sessionMessages, getSession } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { App } from "./app.tsx";
import { renderCounts } from "./render-count.ts";

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let ui: ReturnType<typeof render>;

const ctx = () => ({ store, actor: "test" });
const frame = () => ui.lastFrame() ?? "";
const KEYS = { down: "\u001b[B", up: "\u001b[A", enter: "\r", escape: "\u001b", tab: "\t" };

/** Waits until the screen shows what the test expects (renders are asynchronous). */
async function until(check: (screen: string) => boolean, what: string, ms = 3000): Promise<string> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check(frame())) return frame();
    await Bun.sleep(10);
  }
  throw new Error(`screen never showed ${what}:\n${frame()}`);
}
const shows = (text: string) => until((s) => s.includes(text), JSON.stringify(text));
async function press(...keys: string[]) {
  for (const k of keys) {
    ui.stdin.write(k);
    await Bun.sleep(15);
  }
}

beforeEach(() => {
  tmp = tempDir();
  store = Store.open(tmp.db);
  addProject(ctx(), { id: "api", name: "Payments API" });
  addProject(ctx(), { id: "web" });
  const s = newSession(ctx(), { project: "api", message: "Fix the flaky test" }).id;
  appendMessage(ctx(), { session: s, role: "assistant", message: [{ type: "reasoning", text: "look first" }, { type: "tool", name: "Bash", state: "completed", input: { command: "bun test" }, output: "12 pass" }] });
  setStatus(ctx(), { session: s, status: "running" });
  recordEvent(ctx(), { kind: "lock_acquired", source: "alice", target: "main", session: s, payload: { file: "a.ts" } });
  newSession(ctx(), { project: "api", title: "Second task" });
  ui = render(<App store={store} dbPath={tmp.db} actor="ui:test" size={{ columns: 100, rows: 30 }} clockMs={3_600_000} />);
});

afterEach(() => {
  ui.unmount();
  store.close();
  tmp.cleanup();
});

describe("the app", () => {
  test("shows header counts, the four panes and the footer keys", async () => {
    const screen = await shows("lock_acquired");
    expect(screen).toContain("2 projects · 2 sessions");
    for (const title of ["1 projects", "2 sessions · api (2)", "4 events · following"]) expect(screen).toContain(title);
    expect(screen).toContain("Payments API");
    expect(screen).toContain("? help");
  });

  test("Enter opens a project's sessions, then a session's messages", async () => {
    await shows("Second task");
    await press(KEYS.enter, KEYS.down, KEYS.enter);
    const screen = await shows("api-1 · running");
    expect(screen).toContain("Fix the flaky test");
    expect(screen).toContain("▸ Bash · completed · bun test");
    expect(screen).toContain("thinking: look first");
  });

  test("Enter on a message expands its tool call", async () => {
    await press("2", KEYS.down, "3");
    await shows("api-1 · running");
    await press(KEYS.enter);
    const screen = await shows("▾ Bash");
    expect(screen).toContain("12 pass");
  });

  test("a appends a message through the inline prompt, into the database", async () => {
    await press("2", "j", "a");
    await shows("append to api-1");
    await press("hello ", "from the prompt");
    await shows("hello from the prompt");
    await press(KEYS.enter);
    await shows("appended to api-1");
    const messages = sessionMessages(store, "api-1");
    expect(messages.at(-1)).toMatchObject({ role: "user", parts: [{ type: "text", text: "hello from the prompt" }] });
  });

  test("typing in the prompt re-renders none of the panes", async () => {
    await press("2", "j", "a");
    await shows("append to api-1");
    await Bun.sleep(100);
    const before = { ...renderCounts };
    await press(..."typing along".split(""));
    await shows("typing along");
    expect(renderCounts).toEqual(before);
  });

  test("a multi-line paste lands in one message with its newlines", async () => {
    await press("2", "j", "a");
    await shows("append to api-1");
    ui.stdin.write("\u001b[200~first line\nsecond line\u001b[201~");
    await shows("second line");
    await press(KEYS.enter);
    await shows("appended to api-1");
    expect(sessionMessages(store, "api-1").at(-1)!.parts).toEqual([{ type: "text", text: "first line\nsecond line" }]);
  });

  test("e narrows the events pane to the selected session and back", async () => {
    recordEvent(ctx(), { kind: "elsewhere", project: "web" });
    await press("2", "j");
    await shows("elsewhere");
    await press("e");
    await shows("events · api-1");
    expect(frame()).not.toContain("elsewhere");
    await press("4", "e");
    await shows("elsewhere");
  });

  test("Esc cancels the prompt and writes nothing", async () => {
    await press("2", "j", "a", "draft", KEYS.escape);
    await until((s) => !s.includes("append to api-1"), "the prompt closing");
    expect(getSession(store, "api-1")!.messageCount).toBe(2);
  });

  test("s offers only valid transitions and applies the chosen one", async () => {
    await press("2", "j", "s");
    const screen = await shows("set status of api-1");
    const offered = [...screen.matchAll(/│ [› ] (\w+)/g)].map((m) => m[1]).filter((w) => ["queued", "running", "waiting", "review", "done", "failed", "cancelled"].includes(w!));
    expect(offered).toEqual(["waiting", "review", "done", "failed", "cancelled"]);
    await press("j", KEYS.enter);
    await shows("api-1 is now review");
    expect(getSession(store, "api-1")!.status).toBe("review");
  });

  test("x asks before cancelling a session", async () => {
    await press("2", "j", "x");
    await shows("Cancel session api-1?");
    await press("n");
    expect(getSession(store, "api-1")!.status).toBe("running");
    await press("x", "y");
    await shows("cancelled api-1");
    expect(getSession(store, "api-1")!.status).toBe("cancelled");
  });

  test("n starts a new session from the prompt", async () => {
    await press("n");
    await shows("new session in api");
    await press("Write the docs", KEYS.enter);
    await shows("started api-3");
    expect(getSession(store, "api-3")).toMatchObject({ title: "Write the docs", messageCount: 1 });
  });

  test("/ filters the focused pane as you type; Esc clears it", async () => {
    await press("2", "/", "Sec");
    await shows("api (1) /Sec");
    expect(frame()).not.toContain("running Fix the flaky");
    expect(frame()).toContain("queued  Second task");
    await press(KEYS.escape);
    await shows("running Fix the flaky");
  });

  test("a commit by another connection appears without a keypress", async () => {
    await shows("lock_acquired");
    const other = Store.open(tmp.db);
    recordEvent({ store: other, actor: "other" }, { kind: "rebase_required", source: "bob", target: "main" });
    other.close();
    await shows("rebase_required");
  });

  test("moving up in events pauses the tail and counts what is new; G resumes", async () => {
    await press("4", "k");
    await shows("paused");
    const other = Store.open(tmp.db);
    recordEvent({ store: other, actor: "other" }, { kind: "tests_passed", source: "ci" });
    other.close();
    await shows("1 new (G to resume)");
    expect(frame()).not.toContain("tests_passed");
    await press("G");
    await shows("tests_passed");
    expect(frame()).toContain("following");
  });

  test("? opens the help screen from the keymap", async () => {
    await press("?");
    const screen = await shows("cairn keys");
    expect(screen).toContain("append message");
    expect(screen).toContain("Shift-Tab");
    await press(KEYS.escape);
    await shows("1 projects");
  });

  test("errors show inline and change nothing", async () => {
    await press("2", "j", "s");
    await shows("set status of api-1");
    // Another process moves the session on; our now-invalid choice is refused inline.
    const other = Store.open(tmp.db);
    setStatus({ store: other, actor: "other" }, { session: "api-1", status: "done" });
    other.close();
    await press(KEYS.enter);
    await shows("cannot go from done to waiting");
    expect(getSession(store, "api-1")!.status).toBe("done");
  });

  test("hostile text from the database is shown inert", async () => {
    appendMessage(ctx(), { session: "api-2", message: "evil \u001b]52;c;Y2xpcA==\u0007 \u001b[2J \u202eabc" });
    await press("2", "3");
    const screen = await shows("evil");
    expect(screen).toContain("␛]52;c;Y2xpcA==␇");
    expect(screen).toContain("\\u202e");
    // eslint-disable-next-line no-control-regex
    expect(frame().replace(/\u001b\[[0-9;]*m/g, "")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
