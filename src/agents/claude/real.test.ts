/**
 * The real Claude Code (pinned devDependency) with cairn's hooks installed, headless (`-p`),
 * driven offline against the scripted model stand-in. What `cairn session show --format json`
 * says is what a person watching cairn would see.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { claudeCode, type ClaudeCode } from "../../testing/claude-code.ts";
import { cairnOk, dumpAll, tempDir } from "../../testing/harness.ts";
import { KEY, PtyScreen } from "../../testing/pty.ts";
import { apiError, byPrompt, reply, startModelApi, text, thinking, toolUse } from "../../testing/model-api.ts";

const tmp = tempDir();
const api = startModelApi(
  byPrompt({
    "list the files": [reply(thinking("I should run ls"), text("Let me look."), toolUse("Bash", { command: "ls -a" })), text("There is a .git folder.")],
    "run the failing script": [toolUse("Bash", { command: "echo broken >&2; exit 3" }), text("The script failed with exit code 3.")],
    "read the missing file": [toolUse("Read", { file_path: "/nonexistent/notes.txt" }), text("That file does not exist.")],
    "ask a helper": [toolUse("Task", { description: "count files", prompt: "HELPER: count the files here", subagent_type: "general-purpose" }), text("I asked a helper.")],
    "HELPER: count the files here": [toolUse("Bash", { command: "ls | wc -l" }), text("The helper counted the files.")],
    "ask two helpers": [
      reply(toolUse("Task", { description: "say a", prompt: "HELPER A: say a", subagent_type: "general-purpose" }), toolUse("Task", { description: "say b", prompt: "HELPER B: say b", subagent_type: "general-purpose" })),
      text("I asked two helpers."),
    ],
    "HELPER A: say a": [toolUse("Bash", { command: "echo a" }), text("Helper A said a.")],
    "HELPER B: say b": [toolUse("Bash", { command: "echo b" }), text("Helper B said b.")],
    "break the api": apiError(400, "invalid_request_error", "the stand-in refuses this request"),
    "remember the word": text("I will remember: pelican."),
    "what was the word": text("The word was pelican."),
    "fork here": text("This is the fork speaking."),
    "agent number": (r) => (r.step === 0 ? reply(toolUse("Bash", { command: `echo ${r.prompt.match(/agent number (\d+)/)![1]}` })) : reply(text(`Agent ${r.prompt.match(/agent number (\d+)/)![1]} done.`))),
  }),
);
afterAll(() => {
  api.close();
  tmp.cleanup();
});

type Shown = { id: string; status: string; title: string; parent: string | null; externalId: string; messages: Array<{ id: string; role: string; parts: any[]; createdAt: string }> };
const show = async (db: string, session: string): Promise<Shown> => JSON.parse(await cairnOk(db, ["session", "show", session, "--format", "json"]));
const sessions = async (db: string): Promise<Shown[]> => JSON.parse(await cairnOk(db, ["session", "list", "--format", "json"]));
const events = async (db: string, session: string) => JSON.parse(await cairnOk(db, ["event", "list", "--session", session, "--source", "claude", "--format", "json", "--limit", "1000"])) as Array<{ kind: string; payload: any }>;
/** Each message as `role: what it says`, for comparing conversations at a glance. */
const said = (s: Shown) => s.messages.map((m) => `${m.role}: ${m.parts.map((p) => (p.type === "tool" ? `[${p.name} ${p.state}]` : p.type === "reasoning" ? `(thinking: ${p.text})` : p.text)).join(" ")}`);

async function withClaude<T>(db: string, run: (claude: ClaudeCode) => Promise<T>, options: { project?: string } = {}): Promise<T> {
  const claude = await claudeCode({ api, db, project: options.project ?? "shop" });
  try {
    return await run(claude);
  } finally {
    claude.cleanup();
  }
}

describe("headless Claude Code, recorded by cairn's hooks", () => {
  test("a prompt, its thinking, a tool call and the reply, in the order Claude wrote them", async () => {
    const db = `${tmp.dir}/success.db`;
    await withClaude(db, async (claude) => {
      const run = await claude.stream("please list the files");
      expect(run.code).toBe(0);
      const result = run.lines.find((l) => l.type === "result");
      expect(result).toMatchObject({ is_error: false, result: "There is a .git folder." });
      // What reached the model: the prompt, then the tool's output.
      const turns = api.turns().filter((t) => t.prompt.includes("please list the files"));
      expect(turns).toHaveLength(2);
      expect(JSON.stringify(turns[1]!.body.messages.at(-1))).toContain(".git");

      const [listed] = await sessions(db);
      expect(listed).toMatchObject({ project: "shop", title: "please list the files", status: "done", externalId: result.session_id, parent: null });
      const session = await show(db, listed!.id);
      expect(said(session)).toEqual([
        "user: please list the files",
        "assistant: (thinking: I should run ls)",
        "assistant: Let me look.",
        "assistant: [Bash completed]",
        "assistant: There is a .git folder.",
      ]);
      const tool = session.messages[3]!.parts[0];
      expect(tool).toMatchObject({ name: "Bash", input: { command: "ls -a" }, output: { stdout: ".\n..\n.git" } });
      expect((await events(db, listed!.id)).map((e) => e.kind)).toEqual(["session_start", "tool_started", "tool_finished", "turn_finished", "session_end"]);

      // An import of the same transcript afterwards agrees: nothing to add, nothing changed.
      const before = dumpAll(db);
      expect(await cairnOk(db, ["import", "claude", claude.transcripts])).toStartWith("imported 0 messages into 1 sessions from 1 transcripts, 0 tool calls completed");
      expect(dumpAll(db)).toBe(before);
      // And an import alone, into an empty database, tells the same conversation.
      const alone = `${tmp.dir}/success-import.db`;
      await cairnOk(alone, ["import", "claude", claude.transcripts]);
      const imported = await show(alone, "shop-1");
      expect(said(imported)).toEqual(said(session));
      expect(imported.status).toBe("done");
    });
  }, 120_000);

  test("a failing Bash and a failed Read end as errors with what went wrong", async () => {
    const db = `${tmp.dir}/failures.db`;
    await withClaude(db, async (claude) => {
      expect((await claude.print("run the failing script")).code).toBe(0);
      expect((await claude.print("read the missing file")).code).toBe(0);
    });
    const [read, bash] = await sessions(db);
    const bashShown = await show(db, bash!.id);
    expect(said(bashShown)).toEqual(["user: run the failing script", "assistant: [Bash error]", "assistant: The script failed with exit code 3."]);
    expect(bashShown.messages[1]!.parts[0].output).toContain("Exit code 3");
    const readShown = await show(db, read!.id);
    expect(said(readShown)).toEqual(["user: read the missing file", "assistant: [Read error]", "assistant: That file does not exist."]);
    expect(readShown.messages[1]!.parts[0].output).toContain("File does not exist");
    const finished = (await events(db, bash!.id)).find((e) => e.kind === "tool_finished");
    expect(finished!.payload).toMatchObject({ tool: "Bash", ok: false, error: expect.stringContaining("Exit code 3") });
  }, 120_000);

  test("a subagent is a child session with its own prompt and tool calls, nested under its parent", async () => {
    const db = `${tmp.dir}/subagent.db`;
    await withClaude(db, async (claude) => {
      expect((await claude.print("ask a helper")).code).toBe(0);
    });
    const all = await sessions(db);
    expect(all.map((s) => [s.title, s.parent])).toEqual([
      ["ask a helper", null],
      ["HELPER: count the files here", all[0]!.id],
    ]);
    const [parent, child] = [await show(db, all[0]!.id), await show(db, all[1]!.id)];
    expect(child.status).toBe("done");
    expect(said(child)).toEqual(["user: HELPER: count the files here", "assistant: [Bash completed]", "assistant: The helper counted the files."]);
    // The parent has its own Task call and words, not the helper's tool calls or prompt.
    expect(said(parent).filter((l) => l.includes("Bash") || l.includes("HELPER"))).toEqual([]);
    expect(said(parent)).toContain("assistant: I asked a helper.");
    // Claude Code tells the parent the helper finished (as a prompt): once, as a system message.
    expect(said(parent).filter((l) => l.startsWith("system:") || l.includes("task-notification"))).toEqual(['system: subagent completed: Agent "count files" finished']);
    const table = await cairnOk(db, ["session", "list"]);
    expect(table).toContain("↳ HELPER: count the files here");
    expect(table.indexOf("ask a helper")).toBeLessThan(table.indexOf("↳ HELPER"));
    // The UI nests it the same way.
    const ui = new PtyScreen(["--db", db], { cols: 120, rows: 20 });
    try {
      await ui.press(KEY.enter); // into the sessions of shop
      const screen = await ui.waitFor("↳ HELPER");
      expect(screen.indexOf("ask a helper")).toBeLessThan(screen.indexOf("↳ HELPER"));
    } finally {
      ui.close();
    }
  }, 120_000);

  test("subagents started together each get their own prompt, before their tool calls", async () => {
    const db = `${tmp.dir}/subagents.db`;
    await withClaude(db, async (claude) => {
      expect((await claude.print("ask two helpers")).code).toBe(0);
    });
    const all = await sessions(db);
    expect(all).toHaveLength(3);
    const children = all.filter((s) => s.parent === all[0]!.id).sort((a, b) => a.title.localeCompare(b.title));
    expect(children.map((s) => s.title)).toEqual(["HELPER A: say a", "HELPER B: say b"]);
    expect(said(await show(db, children[0]!.id))).toEqual(["user: HELPER A: say a", "assistant: [Bash completed]", "assistant: Helper A said a."]);
    expect(said(await show(db, children[1]!.id))).toEqual(["user: HELPER B: say b", "assistant: [Bash completed]", "assistant: Helper B said b."]);
  }, 120_000);

  test("an API error fails the session with the error recorded", async () => {
    const db = `${tmp.dir}/api-error.db`;
    await withClaude(db, async (claude) => {
      const run = await claude.stream("break the api");
      expect(run.lines.find((l) => l.type === "result")).toMatchObject({ is_error: true });
    });
    const [listed] = await sessions(db);
    expect(listed!.status).toBe("failed");
    const session = await show(db, listed!.id);
    expect(said(session)).toEqual(["user: break the api", "system: API Error: 400 the stand-in refuses this request"]);
    const failed = (await events(db, listed!.id)).find((e) => e.kind === "turn_failed");
    expect(failed!.payload).toMatchObject({ message: "API Error: 400 the stand-in refuses this request" });
  }, 120_000);

  test("--resume and --continue add to the same session; --fork-session keeps both conversations", async () => {
    const db = `${tmp.dir}/resume.db`;
    await withClaude(db, async (claude) => {
      const first = await claude.stream("remember the word");
      const id = first.lines.find((l) => l.type === "result").session_id;
      expect((await claude.print("what was the word, resumed", ["--resume", id])).code).toBe(0);
      expect((await claude.print("what was the word, continued", ["--continue"])).code).toBe(0);
      const fork = await claude.stream("fork here", ["--resume", id, "--fork-session"]);
      expect(fork.lines.find((l) => l.type === "result").session_id).not.toBe(id);
      // The fork's request carried the whole earlier conversation.
      const forked = api.turns().find((t) => t.prompt.includes("fork here"))!;
      expect(JSON.stringify(forked.body.messages)).toContain("pelican");
    });
    const [fork, original] = await sessions(db);
    const conversation = ["user: remember the word", "assistant: I will remember: pelican.", "user: what was the word, resumed", "assistant: The word was pelican.", "user: what was the word, continued", "assistant: The word was pelican."];
    expect(said(await show(db, original!.id))).toEqual(conversation);
    expect(original!.status).toBe("done");
    // The fork holds both: the copied conversation and its own turn. (Claude Code writes the copied
    // lines with new timestamps, at about the time of the fork's first prompt, so that prompt may
    // be shown before or after the copies: README, limits of forks.)
    const forked = said(await show(db, fork!.id));
    expect([...forked].sort()).toEqual([...conversation, "user: fork here", "assistant: This is the fork speaking."].sort());
    // Importing both transcripts afterwards adds nothing to either.
    const before = dumpAll(db);
    await withClaude(db, async () => {});
    expect(dumpAll(db)).toBe(before);
  }, 180_000);

  test("8 agents at once on one database: every session whole, none lost", async () => {
    const db = `${tmp.dir}/eight.db`;
    await cairnOk(db, ["db", "migrate"]);
    const runs = await Promise.all(Array.from({ length: 8 }, (_, i) => withClaude(db, (claude) => claude.print(`agent number ${i + 1}`), { project: `repo-${i + 1}` })));
    expect(runs.map((r) => r.code)).toEqual(Array(8).fill(0));
    const all = await sessions(db);
    expect(all).toHaveLength(8);
    for (const s of all) {
      const n = s.title.match(/agent number (\d+)/)![1];
      expect(s.status).toBe("done");
      expect(said(await show(db, s.id))).toEqual([`user: agent number ${n}`, "assistant: [Bash completed]", `assistant: Agent ${n} done.`]);
    }
    expect(await cairnOk(db, ["db", "check", "--format", "json"])).toContain('"projectionsMatchLog": true');
  }, 240_000);
});
