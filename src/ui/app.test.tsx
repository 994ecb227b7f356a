import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { render } from "ink-testing-library";
import { addProject, archiveProject } from "../commands/project.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { getSession, listProjects, sessionMessages } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { untilFrame } from "../testing/ink-frames.ts";
import { App } from "./app.tsx";
import { renderCounts } from "./render-count.ts";

let tmp: ReturnType<typeof tempDir>;
let store: Store;
let ui: ReturnType<typeof render>;
/** What the app wrote to the terminal beside its frames (bell, clipboard). */
let emitted: string[] = [];
let onEmit: () => void = () => {};
/** Waits until the app has written `sequence` to the terminal. */
const emittedSoon = (sequence: string) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`never emitted ${JSON.stringify(sequence)}`)), 5000);
    onEmit = () => {
      if (!emitted.includes(sequence)) return;
      clearTimeout(timer);
      resolve();
    };
    onEmit();
  });

const ctx = () => ({ store, actor: "test" });
const frame = () => ui.lastFrame() ?? "";
const KEYS = { down: "\u001b[B", up: "\u001b[A", left: "\u001b[D", enter: "\r", escape: "\u001b", tab: "\t", ctrlC: "\u0003" };

/** Waits until the screen shows what the test expects (renders are asynchronous). */
const until = (check: (screen: string) => boolean, what: string, ms = 5000): Promise<string> => untilFrame(ui, check, what, ms);
const shows = (text: string) => until((s) => s.includes(text), JSON.stringify(text));
/** Writes keys the way a terminal delivers them: all in one read, no pause in between. */
function press(...keys: string[]) {
  ui.stdin.write(keys.join(""));
}
/** Runs a write as another process would: through its own connection (the UI sees it by data_version). */
function elsewhere(write: (other: { store: Store; actor: string }) => void) {
  const other = Store.open(tmp.db);
  write({ store: other, actor: "other" });
  other.close();
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
  emitted = [];
  ui = render(<App store={store} dbPath={tmp.db} actor="ui:test" size={{ columns: 100, rows: 30 }} clockMs={3_600_000} emit={(s) => {
        emitted.push(s);
        onEmit();
      }}
    />,
  );
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
    press(KEYS.enter, KEYS.down, KEYS.enter);
    const screen = await shows("api-1 · running");
    expect(screen).toContain("Fix the flaky test");
    expect(screen).toContain("▸ Bash · completed · bun test");
    expect(screen).toContain("thinking: look first");
  });

  test("a session an agent started shows which agent it runs on", async () => {
    let codex = "";
    let claude = "";
    elsewhere((other) => {
      codex = newSession(other, { project: "api", title: "Codex task", externalId: "codex:0199-thread" }).id;
      claude = newSession(other, { project: "api", title: "Claude task", externalId: "5f1c0e4a-claude" }).id;
    });
    await shows("Claude task");
    // A session made by hand names no agent.
    await shows("api-2 · queued · Second task");
    press("2", KEYS.up);
    await shows(`${codex} · queued · Codex · Codex task`);
    press(KEYS.up);
    await shows(`${claude} · queued · Claude Code · Claude task`);
  });

  test("Enter on a message expands its tool call", async () => {
    press("2", KEYS.down, "3");
    await shows("api-1 · running");
    press(KEYS.enter);
    const screen = await shows("▾ Bash");
    expect(screen).toContain("12 pass");
  });

  test("a appends a message through the inline prompt, into the database", async () => {
    press("2", "j", "a");
    await shows("append to api-1");
    press("hello ", "from the prompt");
    await shows("hello from the prompt");
    press(KEYS.enter);
    await shows("appended to api-1");
    const messages = sessionMessages(store, "api-1");
    expect(messages.at(-1)).toMatchObject({ role: "user", parts: [{ type: "text", text: "hello from the prompt" }] });
  });

  test("typing in the prompt re-renders none of the panes", async () => {
    press("2", "j", "a", "t");
    // The frame showing the first letter comes after every render that opening the prompt caused.
    await shows("› t");
    const before = { ...renderCounts };
    for (const c of "yping along") {
      press(c);
      await shows(`› t${"yping along".slice(0, "yping along".indexOf(c) + 1)}`);
    }
    expect(renderCounts).toEqual(before);
  });

  test("moving through the sessions draws only the sessions and the session pane again", async () => {
    press("2");
    await shows("running api-1");
    const before = { ...renderCounts };
    press("j");
    await shows("3 api-1 · running");
    press("k");
    await shows("3 api-2 · queued");
    expect(renderCounts.SessionsPane! - before.SessionsPane!).toBeGreaterThanOrEqual(2);
    expect(renderCounts.DetailPane! - before.DetailPane!).toBeGreaterThanOrEqual(2);
    for (const pane of ["Header", "ProjectsPane", "EventsPane"]) expect(`${pane} ${renderCounts[pane]}`).toBe(`${pane} ${before[pane]}`);
  });

  test("at 80 columns a row with marks keeps its message count, and the header keeps a gap after a cut path", async () => {
    elsewhere((o) => recordEvent(o, { kind: "lock_acquired", session: "api-1", payload: { path: "src/charges.ts" } }));
    ui.rerender(<App store={store} dbPath={`${tmp.dir}/a/rather/long/path/to/the/database/file/cairn.db`} actor="ui:test" size={{ columns: 80, rows: 24 }} clockMs={3_600_000} />);
    const screen = await shows("⚑1");
    const row = screen.split("\n").find((l) => l.includes("⚑1"))!;
    // The session pane is 30 columns: the row ends with its count (2 messages) inside the border.
    expect(row.slice(0, 30)).toMatch(/⚑1 +2 {3}│$/);
    expect(screen.split("\n")[0]).toMatch(/… \d+ projects/);
  });

  test("a multi-line paste lands in one message with its newlines", async () => {
    press("2", "j", "a");
    await shows("append to api-1");
    ui.stdin.write("\u001b[200~first line\nsecond line\u001b[201~");
    await shows("second line");
    press(KEYS.enter);
    await shows("appended to api-1");
    expect(sessionMessages(store, "api-1").at(-1)!.parts).toEqual([{ type: "text", text: "first line\nsecond line" }]);
  });

  test("e narrows the events pane to the selected session and back", async () => {
    elsewhere((o) => recordEvent(o, { kind: "elsewhere", project: "web" }));
    press("2", "j");
    await shows("elsewhere");
    press("e");
    await shows("events · api-1");
    expect(frame()).not.toContain("elsewhere");
    press("4", "e");
    await shows("elsewhere");
  });

  test("Esc cancels the prompt and writes nothing", async () => {
    press("2", "j", "a", "draft", KEYS.escape);
    await until((s) => !s.includes("append to api-1"), "the prompt closing");
    expect(getSession(store, "api-1")!.messageCount).toBe(2);
  });

  test("s offers only valid transitions and applies the chosen one", async () => {
    press("2", "j", "s");
    const screen = await shows("set status of api-1");
    const offered = [...screen.matchAll(/│ [› ] (\w+)/g)].map((m) => m[1]).filter((w) => ["queued", "running", "waiting", "review", "done", "failed", "cancelled"].includes(w!));
    expect(offered).toEqual(["waiting", "review", "done", "failed", "cancelled"]);
    press("j", KEYS.enter);
    await shows("api-1 is now review");
    expect(getSession(store, "api-1")!.status).toBe("review");
  });

  test("x asks before cancelling a session; n closes the question and changes nothing", async () => {
    press("2", "j", "x");
    await shows("Cancel session api-1?");
    press("n");
    await until((s) => !s.includes("Cancel session api-1?"), "the question closing");
    expect(getSession(store, "api-1")!.status).toBe("running");
    press("x", "y");
    await shows("cancelled api-1");
    expect(getSession(store, "api-1")!.status).toBe("cancelled");
  });

  test("x on a finished session says why instead of asking", async () => {
    elsewhere((o) => setStatus(o, { session: "api-1", status: "done" }));
    press("2", "j", "x");
    await shows("api-1 is done: only an unfinished session can be cancelled");
    expect(frame()).not.toContain("Cancel session");
  });

  test("n starts a new session from the prompt", async () => {
    press("n");
    await shows("new session in api");
    press("Write the docs", KEYS.enter);
    await shows("started api-3");
    expect(getSession(store, "api-3")).toMatchObject({ title: "Write the docs", messageCount: 1 });
  });

  test("/ filters the focused pane as you type; Esc clears it", async () => {
    press("2", "/", "Sec");
    await shows("api (1) /Sec");
    expect(frame()).not.toContain("running api-1");
    expect(frame()).toContain("queued  api-2 Second task");
    press(KEYS.escape);
    await shows("running api-1 Fix the flaky");
  });

  test("a commit by another connection appears without a keypress", async () => {
    await shows("lock_acquired");
    elsewhere((o) => recordEvent(o, { kind: "rebase_required", source: "bob", target: "main" }));
    await shows("rebase_required");
  });

  test("moving up in events pauses the tail and counts what is new; G resumes", async () => {
    press("4", "k");
    await shows("paused");
    elsewhere((o) => recordEvent(o, { kind: "tests_passed", source: "ci" }));
    await shows("1 new (G to resume)");
    expect(frame()).not.toContain("tests_passed");
    press("G");
    await shows("tests_passed");
    expect(frame()).toContain("following");
  });

  test("? opens the help screen from the keymap", async () => {
    press("?");
    const screen = await shows("cairn keys");
    expect(screen).toContain("append message");
    expect(screen).toContain("Shift-Tab");
    press(KEYS.escape);
    await shows("1 projects");
  });

  test("the status picker follows a status changed underneath it", async () => {
    press("2", "j", "s");
    await shows("set status of api-1 (now running)");
    elsewhere((o) => setStatus(o, { session: "api-1", status: "done" }));
    await shows("set status of api-1 (now done)");
    press(KEYS.enter);
    await shows("api-1 is now queued");
    expect(getSession(store, "api-1")!.status).toBe("queued");
  });

  test("errors show inline in the prompt, keep the draft and change nothing", async () => {
    press("n", "Write the docs");
    await shows("› Write the docs");
    elsewhere((o) => archiveProject(o, "api"));
    press(KEYS.enter);
    await shows("project api is archived");
    expect(frame()).toContain("› Write the docs");
    expect(getSession(store, "api-3")).toBeUndefined();
  });

  test("hostile text from the database is shown inert", async () => {
    elsewhere((o) => appendMessage(o, { session: "api-2", message: "evil \u001b]52;c;Y2xpcA==\u0007 \u001b[2J \u202eabc" }));
    press("2", "3");
    const screen = await shows("evil");
    expect(screen).toContain("␛]52;c;Y2xpcA==␇");
    expect(screen).toContain("\\u202e");
    // eslint-disable-next-line no-control-regex
    expect(frame().replace(/\u001b\[[0-9;]*m/g, "")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  test("the selection is a session id: a new session arriving does not move it", async () => {
    await shows("Second task");
    // Nothing pressed: the top row (api-2) is selected, and stays selected when api-3 arrives above it.
    elsewhere((o) => newSession(o, { project: "api", title: "Third task" }));
    await shows("Third task");
    press("2", "a");
    await shows("append to api-2");
  });

  test("Esc and Ctrl-C in the prompt never lose a draft without asking", async () => {
    press("2", "j", "a", "half a thought", KEYS.ctrlC);
    await shows("Discard the draft?");
    press("n");
    await shows("› half a thought");
    press(KEYS.escape);
    await shows("Discard the draft?");
    press("y");
    await until((s) => !s.includes("append to api-1"), "the prompt closing");
    expect(getSession(store, "api-1")!.messageCount).toBe(2);
  });

  test("notices go away by themselves; a failure replaces a success at once", async () => {
    press("2", "j", "s", KEYS.enter);
    await shows("api-1 is now waiting");
    press("x");
    await shows("Cancel session api-1?");
    press("y");
    await shows("cancelled api-1");
    press("x");
    await shows("only an unfinished session can be cancelled");
    expect(frame()).not.toContain("cancelled api-1");
    await until((s) => !s.includes("only an unfinished session"), "the notice expiring", 12_000);
  }, 20_000);

  test("A lists archived projects, u brings one back, x on it says why", async () => {
    elsewhere((o) => archiveProject(o, "web"));
    await shows("1 projects · 2 sessions");
    expect(frame()).not.toMatch(/│ [› ] web /);
    press("1", "A");
    await shows("web  (archived)");
    press("j", "x");
    await shows("web is already archived: u brings it back");
    press("u");
    await shows("unarchived web");
    expect(listProjects(store).map((p) => p.id)).toEqual(["api", "web"]);
    press("A");
    await until((s) => s.includes("› web") && !s.includes("(archived)") && !s.includes("with archived"), "web listed as a project again");
  });

  test("below the minimum size it says so instead of drawing overlapping panes", () => {
    const small = render(<App store={store} dbPath={tmp.db} actor="ui:test" size={{ columns: 40, rows: 10 }} clockMs={3_600_000} />);
    try {
      expect(small.lastFrame()).toContain("This terminal is 40×10.");
      expect(small.lastFrame()).toContain("cairn needs 60×16.");
      expect(small.lastFrame()).not.toContain("sessions");
    } finally {
      small.unmount();
    }
  });
});

describe("keys arriving in one read", () => {
  beforeEach(async () => {
    elsewhere((o) => {
      for (let i = 3; i <= 9; i++) newSession(o, { project: "api", title: `task ${i}` });
    });
    await shows("task 9");
  });

  test("jjj moves three rows and five Downs move five", async () => {
    press("2", "g", "jjj", "a");
    await shows("append to api-6");
    press(KEYS.escape);
    await until((s) => !s.includes("append to"), "the prompt closing");
    press("g", KEYS.down.repeat(5), "a");
    await shows("append to api-4");
  });

  test("text and Enter in one write are sent; three Backspaces delete three", async () => {
    press("2", "g", "a", "quick replyyy\u007f\u007f\u007f!\r");
    await shows("appended to api-9");
    expect(sessionMessages(store, "api-9").at(-1)!.parts).toEqual([{ type: "text", text: "quick repl!" }]);
  });

  test("Enter then a key in one read: both act", async () => {
    // Enter opens the project's sessions; `a` then opens the prompt on the selected session.
    press("2", "g", "1", "\ra");
    await shows("append to api-9");
  });

  test("readline editing in the prompt: Ctrl-A, Ctrl-E, Ctrl-W, arrows", async () => {
    press("2", "g", "a", "world", "\u0001", "hello ", "\u0005", " typo", "\u0017", "!", KEYS.left, "?", "\r");
    await shows("appended to api-9");
    expect(sessionMessages(store, "api-9").at(-1)!.parts).toEqual([{ type: "text", text: "hello world ?!" }]);
  });

  test("a 200-line paste says how many lines it has", async () => {
    press("2", "g", "a");
    await shows("append to api-9");
    ui.stdin.write(`\u001b[200~${Array.from({ length: 200 }, (_, i) => `line ${i + 1}`).join("\n")}\u001b[201~`);
    await shows("lines 195–200 of 200");
  });
});

describe("what a daily user reaches for", () => {
  test(": jumps to a session by id, filters by status, completes with Tab, and says what it did not understand", async () => {
    press(":api-1\r");
    await shows("3 api-1 · running");
    press(":status wait\t");
    await shows(":status waiting");
    press("\r");
    await shows("sessions · api (0) · waiting");
    press(":status\r");
    await shows("sessions · api (2)");
    press(":pro\t");
    await shows(":project ");
    press("w\t\r");
    await shows("sessions · web (0)");
    press(":nonsense\r");
    await shows("✗ no command or session nonsense");
  });

  test("the header counts sessions waiting for a person, and the bell rings once when one starts waiting", async () => {
    await shows("2 sessions");
    expect(frame()).not.toContain("waiting ·");
    elsewhere((o) => setStatus(o, { session: "api-1", status: "waiting" }));
    await shows("1 waiting");
    await emittedSoon("\u0007");
    elsewhere((o) => recordEvent(o, { kind: "unrelated" }));
    await shows("unrelated");
    expect(emitted.filter((e) => e === "\u0007")).toHaveLength(1);
    elsewhere((o) => setStatus(o, { session: "api-1", status: "failed" }));
    await shows("1 failed");
  });

  test("y copies the selected session id to the clipboard with OSC 52", async () => {
    press("2", "g", "y");
    await shows("copied session id api-2");
    expect(emitted).toContain(`\u001b]52;c;${Buffer.from("api-2").toString("base64")}\u0007`);
  });

  test("o sorts the sessions, P shows every project's, w puts waiting ones first", async () => {
    elsewhere((o) => {
      setStatus(o, { session: "api-1", status: "waiting" });
      newSession(o, { project: "web", title: "Web task" });
    });
    press("2", "P");
    await shows("sessions · all (3)");
    expect(frame()).toContain("web-1 Web task");
    press("g", "a");
    await shows("append to web-1");
    press(KEYS.escape);
    await until((s) => !s.includes("append to"), "the prompt closing");
    press("o");
    await shows("all (3) · by activity");
    press("o");
    await shows("all (3) · by status");
    press("g", "a");
    await shows("append to api-1");
    press(KEYS.escape);
    await until((s) => !s.includes("append to"), "the prompt closing");
    // Back to newest first, waiting ones first: api-1 is waiting.
    press("o", "w", "g", "a");
    await shows("append to api-1");
    press(KEYS.escape);
    await until((s) => !s.includes("append to"), "the prompt closing");
    press("w", "g", "a");
    await shows("append to web-1");
  });

  test("a key that cannot act says why: no session to append to, a new session in an archived project", async () => {
    elsewhere((o) => archiveProject(o, "web"));
    press("1", "A", "j", "n");
    await shows("web is archived: u brings it back");
    press("2", "a");
    await shows("select a session first");
  });

  test("D hides cairn's own events and shows them again", async () => {
    await shows("project.created");
    press("4", "D");
    await shows("without cairn's own");
    expect(frame()).not.toContain("project.created");
    expect(frame()).toContain("lock_acquired");
    press("D");
    await shows("project.created");
  });

  test("K lists the kinds with their counts; Space hides one, a shows all again, and the title says so", async () => {
    elsewhere((o) => {
      for (let i = 0; i < 3; i++) recordEvent(o, { kind: "tests_passed", source: "ci" });
    });
    press("4", "K");
    await shows("event kinds (6 of 6 shown)");
    expect(frame()).toMatch(/› \[x\] 3 {2}tests_passed/);
    // Most frequent first, ties by name: down to lock_acquired (the fifth), hide it, back up to tests_passed.
    press("jjjj", " ", "kkkk", " ");
    await shows("event kinds (4 of 6 shown)");
    await shows("hiding lock_acquired, tests_passed");
    expect(frame()).not.toContain("alice → main");
    press("\r");
    await until((s) => !s.includes("event kinds"), "the picker closing");
    press("D");
    await shows("without cairn's own · hiding lock_acquired");
    expect(frame()).toContain("no match");
    press("K", "a", "\u001b");
    await until((s) => !s.includes("hiding") && s.includes("alice → main"), "every kind shown again");
  });

  test("the events title carries a minute of arrivals as a sparkline and a rate", async () => {
    // Everything in the fixture happened just now: the newest span is the busiest.
    await until((s) => /events · following · ▁{11}█ <?\d+(\.\d)?\/s/.test(s), "a sparkline ending in a full bar");
  });

  test("v reads a long message in full: scrolls to the end, searches with / and n", async () => {
    const long = Array.from({ length: 300 }, (_, i) => `line ${i + 1}${i === 250 ? " needle" : ""}`).join("\n");
    elsewhere((o) => appendMessage(o, { session: "api-2", role: "assistant", message: long }));
    press("2", "g", "3");
    await shows("… 260 more lines · v reads it all");
    press("k", "v");
    await shows("lines 1–26 of 300");
    press("G");
    await shows("lines 275–300 of 300");
    expect(frame()).toContain("line 300");
    press("g", "/needle\r");
    await shows("line 251 needle");
    press("n");
    await shows("line 251 needle");
    press("q");
    await shows("1 projects");
  });

  test("n and N go through the session: past a message's last match to the next message that has one, and back", async () => {
    const message = (name: string, at: number[]) => Array.from({ length: 60 }, (_, i) => `${name} line ${i + 1}${at.includes(i + 1) ? " needle" : ""}`).join("\n");
    elsewhere((o) => {
      appendMessage(o, { session: "api-2", role: "assistant", message: message("alpha", [50]) });
      appendMessage(o, { session: "api-2", role: "assistant", message: message("beta", []) });
      appendMessage(o, { session: "api-2", role: "assistant", message: message("gamma", [10, 55]) });
    });
    press("2", "g", "3");
    await shows("gamma line");
    press("g", "v", "/needle\r");
    await shows("alpha line 50 needle");
    press("n");
    await shows("gamma line 10 needle");
    press("n");
    await shows("gamma line 55 needle");
    press("N", "N");
    await shows("alpha line 50 needle");
    // From a message without one, the search finds the next message's first match.
    press("q", "j", "v", "/needle\r");
    await shows("gamma line 10 needle");
  });

  test("a message past 8,000 characters says exactly how much more there is", async () => {
    elsewhere((o) => appendMessage(o, { session: "api-2", role: "assistant", message: "x".repeat(20_000) }));
    press("2", "g", "3");
    await shows("… 12,000 more characters · v reads it all");
  });
});
