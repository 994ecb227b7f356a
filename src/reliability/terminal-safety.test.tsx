import { afterAll, beforeAll, expect, test } from "bun:test";
import { render } from "ink-testing-library";
import { addProject } from "../commands/project.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession } from "../commands/session.ts";
import { displayWidth } from "../format/inert.ts";
import { Store } from "../store/store.ts";
import { cairnOk, tempDir } from "../testing/harness.ts";
import { untilFrame } from "../testing/ink-frames.ts";
import { App } from "../ui/app.tsx";

/** Every kind of text that could take over a terminal, plus text that is merely hard to align. */
const HOSTILE = [
  "csi \u001b[2J\u001b[31mred\u001b[0m",
  "osc52 \u001b]52;c;ZXZpbA==\u0007",
  "osc8 \u001b]8;;https://evil.example\u001b\\click\u001b]8;;\u001b\\",
  "dcs \u001bP1$r\u001b\\",
  "c1 \u009b31m \u0085 \u0090",
  "c0 \u0007\u0008\u000b\u000c\r",
  "bidi \u202eevil\u202c \u2066x\u2069",
  "zero\u200bwidth\ufeff",
  "wide 日本語テキスト 🙂",
].join(" | ");

// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\ufeff]/;
// What Ink itself adds: colour and style sequences only.
const stripStyles = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");

const tmp = tempDir();
let session = "";
beforeAll(() => {
  const store = Store.open(tmp.db);
  const ctx = { store, actor: "test" };
  addProject(ctx, { id: "api", name: HOSTILE.slice(0, 200), description: HOSTILE });
  session = newSession(ctx, { project: "api", title: HOSTILE.slice(0, 300), message: HOSTILE }).id;
  newSession(ctx, { project: "api", title: "plain title" });
  newSession(ctx, { project: "api", title: "日本語のタイトル 🙂 zero\u200bwidth \u202eflipped" });
  appendMessage(ctx, { session, role: "assistant", message: [{ type: "tool", name: HOSTILE.slice(0, 40), state: "completed", input: { command: HOSTILE }, output: HOSTILE }] });
  recordEvent(ctx, { kind: "hostile_payload", source: "wide 日本 \u202e", target: "zero\u200bwidth", session, payload: { text: HOSTILE } });
  // Very long lines, unbroken: wrapped and cut, never spilling past a pane.
  appendMessage(ctx, { session, role: "assistant", message: `${"x".repeat(100_000)} ${"日本".repeat(5_000)}` });
  recordEvent(ctx, { kind: "long_payload", session, payload: { blob: "y".repeat(60_000) } });
  store.close();
});
afterAll(() => tmp.cleanup());

test("--format table shows hostile text inert and keeps columns aligned", async () => {
  for (const args of [["session", "list", "--project", "api"], ["event", "list"], ["project", "list"], ["session", "show", session], ["project", "show", "api"]]) {
    const out = await cairnOk(tmp.db, args);
    expect({ args, raw: RAW.test(out) }).toEqual({ args, raw: false });
  }
  // The last column is right-aligned, so aligned rows all end at the same terminal column.
  const table = (await cairnOk(tmp.db, ["session", "list", "--project", "api"])).trimEnd().split("\n");
  expect(table).toHaveLength(4);
  expect(new Set(table.map(displayWidth)).size).toBe(1);
});

test("--format json keeps hostile text exactly, as valid JSON", async () => {
  const shown = JSON.parse(await cairnOk(tmp.db, ["session", "show", session, "--format", "json"]));
  expect(shown.messages[0].parts[0].text).toBe(HOSTILE);
  const [event] = JSON.parse(await cairnOk(tmp.db, ["event", "list", "--kind", "hostile_payload", "--format", "json"]));
  expect(event.payload.text).toBe(HOSTILE);
  const lines = (await cairnOk(tmp.db, ["export"])).trim().split("\n");
  expect(() => lines.map((l) => JSON.parse(l))).not.toThrow();
  expect(RAW.test(await cairnOk(tmp.db, ["session", "list", "--format", "markdown"]))).toBe(false);
});

test("the UI shows hostile text inert, with every pane border in its column", async () => {
  const store = Store.open(tmp.db);
  const ui = render(<App store={store} dbPath={tmp.db} actor="ui:test" size={{ columns: 100, rows: 30 }} />);
  try {
    await untilFrame(ui, (f) => f.includes("hostile_payload"), "the events");
    ui.stdin.write("2G"); // the oldest, hostile session
    await untilFrame(ui, (f) => f.includes("xxxxxxxxxx") && f.includes("␛[2J␛[31mred␛[0m"), "the hostile session");

    const frame = stripStyles(ui.lastFrame() ?? "");
    expect(frame).toContain("long_payload");
    expect(frame).toContain("␛[2J␛[31mred␛[0m");
    expect(frame).toContain("\\u202e");
    expect(RAW.test(frame)).toBe(false);
    const lines = frame.split("\n");
    expect(lines).toHaveLength(30);
    // Right-hand pane borders line up: each body line is exactly 100 columns wide.
    for (const line of lines.slice(1, -1)) expect(displayWidth(line)).toBe(100);
  } finally {
    ui.unmount();
    store.close();
  }
});
