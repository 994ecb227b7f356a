import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { mkdirSync, readFileSync } from "node:fs";
import { Database } from "bun:sqlite";
import { cairn, CLI, tempDir } from "../../testing/harness.ts";

const tmp = tempDir();
const FIXTURES = new URL("./fixtures/hooks/", import.meta.url).pathname;
const db = tmp.db;
afterAll(() => tmp.cleanup());

beforeAll(() => {
  // The fixtures' cwd lives under /tmp/cairn-fixture; each test run gets its own repository.
  mkdirSync(`${tmp.dir}/shop-api/.git`, { recursive: true });
  mkdirSync(`${tmp.dir}/shop-api/src`, { recursive: true });
});

const payload = (name: string, changes: Record<string, unknown> = {}) => {
  const body = JSON.parse(readFileSync(`${FIXTURES}${name}.json`, "utf8").replaceAll("/tmp/cairn-fixture", tmp.dir));
  return JSON.stringify({ ...body, ...changes });
};

/** Runs `cairn hook claude` as Claude Code would: payload on stdin. */
async function hook(body: string, dbPath = db, env: Record<string, string> = {}) {
  const proc = Bun.spawn([process.execPath, CLI, "--db", dbPath, "hook", "claude"], { stdin: new Blob([body]), stdout: "pipe", stderr: "pipe", env: { ...process.env, ...env } });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { stdout, stderr, code };
}

const read = <T>(sql: string, ...args: Array<string | number>) => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.query(sql).all(...args) as T[];
  } finally {
    sqlite.close();
  }
};

describe("cairn hook claude", () => {
  test("a whole session, payload by payload: project, session, messages, tool calls, statuses, events", async () => {
    for (const name of ["session-start", "user-prompt-submit", "pre-tool-use", "post-tool-use", "pre-tool-use-2", "post-tool-use-error", "notification", "stop"]) {
      const run = await hook(payload(name));
      expect({ name, ...run }).toEqual({ name, stdout: "", stderr: "", code: 0 });
    }
    const [session] = read<{ id: string; project: string; title: string; status: string; message_count: number; external_id: string }>("SELECT * FROM sessions");
    expect(session).toMatchObject({ id: "shop-api-1", project: "shop-api", title: "Add idempotency keys to POST /charges", status: "waiting", message_count: 3, external_id: "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d" });
    const parts = read<{ data: string }>("SELECT p.data FROM message_parts p JOIN messages m ON m.id = p.message_id ORDER BY m.position, p.position").map((r) => JSON.parse(r.data));
    expect(parts[0]).toEqual({ type: "text", text: "Add idempotency keys to POST /charges\nand a test" });
    expect(parts[1]).toMatchObject({ type: "tool", name: "Bash", state: "completed", callId: "toolu_01", input: { command: "bun test charges" }, output: { stdout: "12 pass\n0 fail" } });
    expect(parts[2]).toMatchObject({ type: "tool", name: "Write", state: "error", callId: "toolu_02" });
    const kinds = read<{ kind: string }>("SELECT kind FROM events WHERE source = 'claude' ORDER BY seq").map((r) => r.kind);
    expect(kinds).toEqual(["session_start", "tool_started", "tool_finished", "tool_started", "tool_finished", "notification", "turn_finished"]);
    const [started] = read<{ payload: string }>("SELECT payload FROM events WHERE kind = 'tool_started' ORDER BY seq LIMIT 1");
    expect(JSON.parse(started!.payload)).toEqual({ tool: "Bash", summary: "bun test charges", callId: "toolu_01" });
    const statuses = read<{ payload: string }>("SELECT payload FROM events WHERE kind = 'session.status_changed' ORDER BY seq").map((r) => JSON.parse(r.payload).to);
    expect(statuses).toEqual(["running", "waiting"]);
  });

  test("unknown hook events are recorded, SessionEnd finishes the session", async () => {
    expect((await hook(payload("pre-compact"))).code).toBe(0);
    expect((await hook(payload("subagent-stop"))).code).toBe(0);
    expect((await hook(payload("session-start", { hook_event_name: "SomethingNew", detail: { a: 1 } }))).code).toBe(0);
    expect((await hook(payload("session-end"))).code).toBe(0);
    const kinds = read<{ kind: string; payload: string }>("SELECT kind, payload FROM events WHERE source = 'claude' ORDER BY seq DESC LIMIT 4").reverse();
    expect(kinds.map((k) => k.kind)).toEqual(["pre_compact", "subagent_stop", "something_new", "session_end"]);
    expect(JSON.parse(kinds[2]!.payload)).toMatchObject({ hook: "SomethingNew", detail: { a: 1 } });
    expect(read<{ status: string }>("SELECT status FROM sessions")[0]!.status).toBe("done");
  });

  test("a new prompt in a finished session re-queues and runs it again", async () => {
    await hook(payload("user-prompt-submit", { prompt: "one more thing" }));
    expect(read<{ status: string }>("SELECT status FROM sessions")[0]!.status).toBe("running");
  });

  test("bad payloads exit 0, print nothing, and are logged beside the database", async () => {
    for (const body of ["not json", "[]", JSON.stringify({ hook_event_name: "Stop" }), ""]) {
      expect(await hook(body)).toEqual({ stdout: "", stderr: "", code: 0 });
    }
    const log = readFileSync(`${tmp.dir}/hook-errors.log`, "utf8").trim().split("\n");
    expect(log).toHaveLength(4);
    expect(log[2]).toContain("no session_id");
  });

  test("an unusable database is logged too, never shown to the agent", async () => {
    mkdirSync(`${tmp.dir}/not-a-db`);
    expect(await hook(payload("stop"), `${tmp.dir}/not-a-db`)).toEqual({ stdout: "", stderr: "", code: 0 });
  });

  test("20 hooks at once for the same new session make one session and lose no event", async () => {
    const logged = () => readFileSync(`${tmp.dir}/hook-errors.log`, "utf8");
    const before = logged();
    const fresh = `${tmp.dir}/race.db`;
    const bodies = Array.from({ length: 20 }, (_, i) => payload("pre-tool-use", { session_id: "race-session", tool_use_id: `toolu_race_${i}` }));
    // All wait for the lock, however loaded the machine: past the hook's usual 1 s a payload is
    // spooled for the next writer instead (tested in reliability/hook-spool.test.ts), and here none comes.
    const runs = await Promise.all(bodies.map((b) => hook(b, fresh, { CAIRN_HOOK_WAIT_MS: "50000" })));
    expect(runs.filter((r) => r.code !== 0 || r.stdout !== "" || r.stderr !== "")).toEqual([]);
    // A hook that waited over a second for the lock (a loaded machine) spooled its payload: the next writer replays it.
    expect((await cairn(fresh, ["project", "add", "after-the-race"])).code).toBe(0);
    const sqlite = new Database(fresh, { readonly: true });
    expect(sqlite.query("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 1 });
    expect(sqlite.query("SELECT count(*) AS n FROM events WHERE kind = 'tool_started'").get()).toEqual({ n: 20 });
    expect(sqlite.query("SELECT message_count FROM sessions").get()).toEqual({ message_count: 20 });
    sqlite.close();
    expect(logged()).toBe(before);
  }, 60_000);

  test("a subagent's prompt is recorded when it starts, unless calls made together leave it open which; its transcript's copy is not added again", async () => {
    const fresh = `${tmp.dir}/subagent.db`;
    const dir = `${tmp.dir}/subagent-transcripts`;
    const base = { session_id: "parent-session", transcript_path: `${dir}/parent-session.jsonl`, cwd: `${tmp.dir}/shop-api`, prompt_id: "prompt-1" };
    const agent = (i: number) => ({ agent_id: `agent${i}`, agent_type: "general-purpose" });
    const task = (i: number) => ({ tool_name: "Agent", tool_use_id: `toolu_task_${i}`, tool_input: { description: `helper ${i}`, prompt: `HELPER ${i}: count`, subagent_type: "general-purpose" } });
    const bash = (i: number) => ({ ...agent(i), tool_name: "Bash", tool_use_id: `toolu_b${i}`, tool_input: { command: "ls" } });
    const run = async (body: Record<string, unknown>) => expect((await hook(JSON.stringify({ ...base, ...body }), fresh)).code).toBe(0);
    /** The subagent's transcript: its first line is its prompt. */
    const transcript = async (i: number) => {
      mkdirSync(`${dir}/parent-session/subagents`, { recursive: true });
      const line = { parentUuid: null, isSidechain: true, agentId: `agent${i}`, promptId: "prompt-1", sessionId: "parent-session", type: "user", uuid: `u-${i}`, timestamp: new Date().toISOString(), message: { role: "user", content: `HELPER ${i}: count` } };
      await Bun.write(`${dir}/parent-session/subagents/agent-agent${i}.jsonl`, `${JSON.stringify(line)}\n`);
    };
    // One call: its subagent's prompt is known at once, before its tool call and its transcript.
    await run({ hook_event_name: "PreToolUse", ...task(1) });
    await run({ hook_event_name: "SubagentStart", ...agent(1) });
    await run({ hook_event_name: "PreToolUse", ...bash(1) });
    await transcript(1);
    await run({ hook_event_name: "PostToolUse", ...bash(1), tool_response: { stdout: "a" } });
    // Two calls made together: the first subagent to start could be either; its transcript says which.
    await run({ hook_event_name: "PreToolUse", ...task(2) });
    await run({ hook_event_name: "PreToolUse", ...task(3) });
    await run({ hook_event_name: "SubagentStart", ...agent(3) });
    await transcript(3);
    await run({ hook_event_name: "PreToolUse", ...bash(3) });
    // Then the other one is known.
    await run({ hook_event_name: "SubagentStart", ...agent(2) });
    // The same, the other way round.
    await run({ hook_event_name: "PreToolUse", ...task(4) });
    await run({ hook_event_name: "PreToolUse", ...task(5) });
    await run({ hook_event_name: "SubagentStart", ...agent(4) });
    await transcript(4);
    await run({ hook_event_name: "PreToolUse", ...bash(4) });
    await run({ hook_event_name: "SubagentStart", ...agent(5) });
    const sqlite = new Database(fresh, { readonly: true });
    const said = (session: string) =>
      (sqlite.query("SELECT p.data FROM message_parts p JOIN messages m ON m.id = p.message_id WHERE m.session = ?1 ORDER BY m.position").all(session) as Array<{ data: string }>).map((r) => {
        const part = JSON.parse(r.data);
        return part.type === "tool" ? `[${part.name} ${part.state}]` : part.text;
      });
    const children = sqlite.query("SELECT id, title FROM sessions WHERE parent IS NOT NULL ORDER BY external_id").all() as Array<{ id: string; title: string }>;
    expect(children.map((c) => c.title)).toEqual(["HELPER 1: count", "HELPER 2: count", "HELPER 3: count", "HELPER 4: count", "HELPER 5: count"]);
    expect(said(children[0]!.id)).toEqual(["HELPER 1: count", "[Bash completed]"]);
    expect(said(children[1]!.id)).toEqual(["HELPER 2: count"]);
    expect(said(children[2]!.id)).toEqual(["HELPER 3: count", "[Bash running]"]);
    expect(said(children[3]!.id)).toEqual(["HELPER 4: count", "[Bash running]"]);
    expect(said(children[4]!.id)).toEqual(["HELPER 5: count"]);
    sqlite.close();
  });
});
