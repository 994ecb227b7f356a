/**
 * The real Claude Code, interactive in a pseudo-terminal, with cairn's hooks installed, driven
 * offline against the scripted model stand-in: what a person sees in cairn while they approve,
 * refuse and interrupt Claude, while the API fails, after /clear, and when Claude is killed.
 */
import { afterAll, expect, test } from "bun:test";
import { claudeCode, type ClaudeCode, type ClaudeTerminal } from "../../testing/claude-code.ts";
import { cairnOk, tempDir } from "../../testing/harness.ts";
import { KEY, PtyScreen } from "../../testing/pty.ts";
import { apiError, byPrompt, startModelApi, text, toolUse } from "../../testing/model-api.ts";

const tmp = tempDir();
/**
 * A slow read-only tool (Claude Code runs it without asking). It also ends once the test has
 * removed its directory (no `.git` there any more): a killed Claude Code leaves it running.
 */
const WAIT_FOR_FLAG = "until [ -f flag ] || [ ! -d .git ]; do sleep 0.1; done";
const api = startModelApi(
  byPrompt({
    "make the approved file": [toolUse("Bash", { command: "touch approved.txt" }), text("Made approved.txt.")],
    "make the refused file": [toolUse("Bash", { command: "touch refused.txt" }), text("Made refused.txt.")],
    "after the refusal": text("Understood, I left it."),
    "wait for the flag": [toolUse("Bash", { command: WAIT_FOR_FLAG }), text("The flag is there.")],
    "after the interruption": text("Stopped as you asked."),
    "break the api": apiError(400, "invalid_request_error", "the stand-in refuses this request"),
    "try again": text("This time it worked."),
    "after the clear": text("A fresh start."),
  }),
);
afterAll(() => {
  api.close();
  tmp.cleanup();
});

type Shown = { id: string; status: string; title: string; externalId: string; messages: Array<{ role: string; parts: any[] }> };
const sessions = async (db: string): Promise<Shown[]> => JSON.parse(await cairnOk(db, ["session", "list", "--format", "json"]));
const show = async (db: string, id: string): Promise<Shown> => JSON.parse(await cairnOk(db, ["session", "show", id, "--format", "json"]));
const tools = (s: Shown) => s.messages.flatMap((m) => m.parts).filter((p) => p.type === "tool");

/** Polls cairn until `check` holds for the session (hooks run in their own processes). */
async function until(db: string, id: () => Promise<string>, check: (s: Shown) => boolean, ms = 30_000): Promise<Shown> {
  const deadline = Date.now() + ms;
  for (;;) {
    const all = await sessions(db);
    const s = all.length ? await show(db, await id()) : undefined;
    if (s && check(s)) return s;
    if (Date.now() > deadline) throw new Error(`cairn never showed what was expected: ${s?.status} ${JSON.stringify(s?.messages.map((m) => [m.role, m.parts.map((p) => p.text ?? `${p.name} ${p.state}`)]))}`);
    await Bun.sleep(100);
  }
}

async function interactive(db: string, run: (term: ClaudeTerminal, claude: ClaudeCode) => Promise<void>) {
  // Bash is not allowed up front, so every shell command asks the person first.
  const claude = await claudeCode({ api, db, allowedTools: ["Read"] });
  const term = claude.terminal(["--permission-mode", "default"]);
  try {
    await term.ready();
    await run(term, claude);
  } finally {
    term.close();
    claude.cleanup();
  }
}

test("permission asked, approved, refused; Esc during a tool; an API error; /clear", async () => {
  const db = `${tmp.dir}/interactive.db`;
  await interactive(db, async (term, claude) => {
    const first = async () => (await sessions(db)).at(-1)!.id;

    // Asked: waiting at once, the call pending; approved: it runs, the turn ends waiting.
    await term.submit("make the approved file");
    await term.waitFor("Do you want to proceed?");
    let s = await until(db, first, (x) => x.status === "waiting" && tools(x).some((t) => t.state === "pending"));
    expect(tools(s)).toEqual([expect.objectContaining({ name: "Bash", state: "pending", input: { command: "touch approved.txt" } })]);
    const asked = JSON.parse(await cairnOk(db, ["event", "list", "--kind", "permission_requested", "--format", "json"]));
    expect(asked[0].payload).toMatchObject({ tool: "Bash", summary: "touch approved.txt" });
    await term.answer("1", "Do you want to proceed?");
    await term.waitFor("Made approved.txt.");
    s = await until(db, first, (x) => x.status === "waiting" && x.messages.some((m) => m.parts.some((p) => p.text === "Made approved.txt.")));
    expect(tools(s).map((t) => t.state)).toEqual(["completed"]);

    // Refused (Esc at the dialog): no hook fires; the next prompt's transcript shows the refusal.
    await term.submit("make the refused file");
    await term.waitFor("Do you want to proceed?");
    await until(db, first, (x) => x.status === "waiting" && tools(x).some((t) => t.state === "pending"));
    await term.answer("\u001b", "Do you want to proceed?");
    await term.submit("after the refusal");
    s = await until(db, first, (x) => x.status === "waiting" && x.messages.some((m) => m.parts.some((p) => p.text === "Understood, I left it.")));
    expect(tools(s).map((t) => [t.input.command, t.state])).toEqual([
      ["touch approved.txt", "completed"],
      ["touch refused.txt", "error"],
    ]);

    // Esc while a tool runs: the call is never left running. It ends as an error once a hook has
    // read the transcript's interruption result; until then (Claude Code may write that line after
    // the next turn's Stop hook has read) the waiting session shows it interrupted.
    // (A read-only loop: Claude Code runs it without asking.)
    await term.submit("wait for the flag");
    s = await until(db, first, (x) => x.status === "running" && tools(x).some((t) => t.state === "running"));
    await term.answer("\u001b", "esc to interrupt");
    await term.submit("after the interruption");
    s = await until(db, first, (x) => x.status === "waiting" && x.messages.some((m) => m.parts.some((p) => p.text === "Stopped as you asked.")));
    expect(tools(s).at(-1)).toMatchObject({ input: { command: WAIT_FOR_FLAG } });
    expect(["error", "interrupted"]).toContain(tools(s).at(-1)!.state);
    expect(s.messages.some((m) => m.role === "system" && m.parts[0].text.startsWith("[Request interrupted by user"))).toBe(true);

    // An API error: failed, the error recorded; the next prompt runs again.
    await term.submit("break the api");
    s = await until(db, first, (x) => x.status === "failed");
    expect(s.messages.at(-1)).toEqual({ ...s.messages.at(-1), role: "system", parts: [{ type: "text", text: "API Error: 400 the stand-in refuses this request" }] });
    await term.submit("try again");
    await until(db, first, (x) => x.status === "waiting" && x.messages.some((m) => m.parts.some((p) => p.text === "This time it worked.")));

    // /clear: the old session ends, a new one starts, named by its first prompt.
    const before = await first();
    await term.submit("/clear");
    await term.ready();
    await term.submit("after the clear");
    await until(db, async () => (await sessions(db)).find((x) => x.id !== before)?.id ?? before, (x) => x.id !== before && x.messages.some((m) => m.parts.some((p) => p.text === "A fresh start.")));
    const all = await sessions(db);
    expect(all.map((x) => [x.title, x.status])).toEqual([
      ["after the clear", "waiting"],
      ["make the approved file", "done"],
    ]);
    expect(await term.exit()).toBe(0);
    expect((await sessions(db)).map((x) => x.status)).toEqual(["done", "done"]);
    expect(claude.transcripts).toBeTruthy();
  });
}, 240_000);

test("a Claude Code killed mid-tool is shown ended, its running call interrupted", async () => {
  const db = `${tmp.dir}/killed.db`;
  await interactive(db, async (term) => {
    await term.submit("wait for the flag");
    const id = async () => (await sessions(db))[0]!.id;
    await until(db, id, (x) => x.status === "running" && tools(x).some((t) => t.state === "running"));
    term.screen.proc.kill("SIGKILL");
    await term.screen.proc.exited;
    // No hook will ever say so: cairn sees the process gone when it reads the session.
    const s = await until(db, id, (x) => x.status === "done");
    expect(tools(s).map((t) => t.state)).toEqual(["interrupted"]);
    expect((await sessions(db))[0]!.status).toBe("done");
    // And so does the UI: the session done, its call interrupted.
    const ui = new PtyScreen(["--db", db], { cols: 200, rows: 20 });
    try {
      await ui.press(KEY.enter); // into the sessions of shop
      await ui.waitFor((text) => /done\s+shop-1\s+wait for the flag/.test(text));
      await ui.press(KEY.enter);
      await ui.waitFor("Bash · interrupted");
    } finally {
      ui.close();
    }
  });
}, 120_000);
