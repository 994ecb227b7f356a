/**
 * Delivery and locks through `cairn hook claude` and the CLI, with hand-written hook payloads
 * and a stand-in of Claude Code's messaging socket. The real binary's tests are in
 * delivery-real.test.ts.
 */
import { afterAll, beforeEach, describe, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { mkdirSync, rmSync } from "node:fs";
import { cairn, cairnOk, CLI, tempDir } from "../../testing/harness.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
let db: string;
let n = 0;
const repo = `${tmp.dir}/shop`;
mkdirSync(`${repo}/.git`, { recursive: true });

beforeEach(() => {
  db = `${tmp.dir}/d${++n}.db`;
});

/** Runs `cairn hook claude` as Claude Code would: payload on stdin, its environment. */
async function hook(body: Record<string, unknown>, env: Record<string, string> = {}) {
  const payload = { session_id: "claude-1", cwd: repo, transcript_path: "/dev/null", ...body };
  const proc = Bun.spawn([process.execPath, CLI, "--db", db, "hook", "claude"], { stdin: new Blob([JSON.stringify(payload)]), stdout: "pipe", stderr: "pipe", env: { ...process.env, ...env } });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  expect({ stderr, code }).toEqual({ stderr: "", code: 0 });
  return stdout === "" ? undefined : (JSON.parse(stdout) as Record<string, any>);
}

const postToolUse = (id = "toolu_1") => hook({ hook_event_name: "PostToolUse", tool_name: "Bash", tool_use_id: id, tool_input: { command: "ls" }, tool_response: { stdout: "" } });
const query = <T>(sql: string, ...args: string[]) => {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.query(sql).all(...args) as T[];
  } finally {
    sqlite.close();
  }
};
const deliveries = async () => {
  const shown = JSON.parse(await cairnOk(db, ["session", "show", "shop-1", "--format", "json"]));
  return (shown.messages as Array<{ parts: Array<{ text?: string }>; delivery?: { state: string; via: string | null; at: string | null } }>).filter((m) => m.delivery).map((m) => ({ text: m.parts[0]!.text, ...m.delivery! }));
};

/** A stand-in of Claude Code's messaging socket: records every line it is sent. */
function fakeSocket() {
  const path = `${tmp.dir}/sock-${n}.sock`;
  rmSync(path, { force: true });
  const lines: Array<Record<string, any>> = [];
  let buffer = "";
  const server = Bun.listen({
    unix: path,
    socket: {
      data(_s, data) {
        buffer += data.toString();
        const parts = buffer.split("\n");
        buffer = parts.pop()!;
        for (const line of parts) lines.push(JSON.parse(line));
      },
    },
  });
  return { path, lines, env: { CLAUDE_CODE_MESSAGING_SOCKET: path, CLAUDE_CODE_MESSAGING_TOKEN: "secret-token-1234" }, stop: () => server.stop(true) };
}

describe("what a person writes reaches a live Claude Code session", () => {
  test("a pending message rides on the next tool result, once, and shows delivered", async () => {
    await hook({ hook_event_name: "SessionStart", source: "startup" });
    await cairnOk(db, ["session", "append", "shop-1", "also update the changelog"], { env: { CAIRN_ACTOR: "cli:alice" } });
    expect(await deliveries()).toEqual([{ text: "also update the changelog", state: "pending", via: null, at: null }]);
    const out = await postToolUse();
    expect(out).toEqual({ hookSpecificOutput: { hookEventName: "PostToolUse", additionalContext: "From cli:alice via cairn: also update the changelog" } });
    expect(await postToolUse("toolu_2")).toBeUndefined();
    const [d] = await deliveries();
    expect(d).toMatchObject({ state: "delivered", via: "hook" });
    expect(Date.parse(d!.at!)).toBeGreaterThan(0);
  });

  test("Stop blocks only while something is pending", async () => {
    await hook({ hook_event_name: "UserPromptSubmit", prompt: "start" });
    expect(await hook({ hook_event_name: "Stop" })).toBeUndefined();
    await cairnOk(db, ["session", "append", "shop-1", "one more thing"], { env: { CAIRN_ACTOR: "cli:alice" } });
    expect(await hook({ hook_event_name: "Stop", stop_hook_active: false })).toEqual({ decision: "block", reason: "From cli:alice via cairn: one more thing" });
    expect(await hook({ hook_event_name: "Stop", stop_hook_active: true })).toBeUndefined();
    expect(query<{ status: string }>("SELECT status FROM sessions")[0]!.status).toBe("waiting");
  });

  test("parallel tool calls racing for one pending message deliver it once", async () => {
    await hook({ hook_event_name: "SessionStart", source: "startup" });
    await cairnOk(db, ["session", "append", "shop-1", "only once please"]);
    const outs = await Promise.all(Array.from({ length: 8 }, (_, i) => postToolUse(`toolu_p${i}`)));
    expect(outs.filter(Boolean)).toHaveLength(1);
    expect(query("SELECT id FROM events WHERE kind = 'delivery.claimed'")).toHaveLength(1);
    expect((await deliveries()).map((d) => d.state)).toEqual(["delivered"]);
  }, 30_000);

  test("with a messaging socket, the writing process sends at once; the echo confirms it and is not recorded twice", async () => {
    const socket = fakeSocket();
    try {
      await hook({ hook_event_name: "SessionStart", source: "startup" }, socket.env);
      await cairnOk(db, ["session", "append", "shop-1", "wake up"], { env: { CAIRN_ACTOR: "ui:bob" } });
      expect(socket.lines).toEqual([
        { type: "auth", token: "secret-token-1234" },
        { type: "user", message: { role: "user", content: "From ui:bob via cairn: wake up" } },
      ]);
      // Sent is not read: it shows pending (claimed) until Claude Code takes it.
      expect(await deliveries()).toMatchObject([{ state: "pending" }]);
      expect(query("SELECT state FROM deliveries")).toEqual([{ state: "claimed" }]);
      // Claude Code submits a socket message as a prompt: the hook knows it is ours, and that it arrived.
      await hook({ hook_event_name: "UserPromptSubmit", prompt: "From ui:bob via cairn: wake up" });
      expect(await deliveries()).toMatchObject([{ state: "delivered", via: "socket" }]);
      expect(query("SELECT id FROM messages")).toHaveLength(1);
      expect(await postToolUse()).toBeUndefined();
    } finally {
      socket.stop();
    }
  });

  test("the socket's token stays out of the log and output, and is forgotten when the session ends", async () => {
    const socket = fakeSocket();
    try {
      await hook({ hook_event_name: "SessionStart", source: "startup" }, socket.env);
      expect(query("SELECT token FROM agent_endpoints")).toEqual([{ token: "secret-token-1234" }]);
      const everything = [await cairnOk(db, ["export"]), await cairnOk(db, ["session", "show", "shop-1", "--format", "json"]), await cairnOk(db, ["event", "list", "--format", "json"])].join("\n");
      expect(everything).not.toContain("secret-token");
      await hook({ hook_event_name: "SessionEnd", reason: "prompt_input_exit" });
      expect(query("SELECT token FROM agent_endpoints")).toEqual([]);
    } finally {
      socket.stop();
    }
  });

  test("a socket that fails leaves the message pending with the reason; the next hook delivers it", async () => {
    await hook({ hook_event_name: "SessionStart", source: "startup" }, { CLAUDE_CODE_MESSAGING_SOCKET: `${tmp.dir}/nobody-listens.sock`, CLAUDE_CODE_MESSAGING_TOKEN: "t" });
    await cairnOk(db, ["session", "append", "shop-1", "are you there?"]);
    const [pending] = await deliveries();
    expect(pending).toMatchObject({ state: "pending" });
    expect(query<{ reason: string }>("SELECT reason FROM deliveries")[0]!.reason).toStartWith("socket: ");
    expect((await postToolUse())?.hookSpecificOutput.additionalContext).toContain("are you there?");
    expect(await deliveries()).toMatchObject([{ state: "delivered", via: "hook" }]);
  });

  test("what is still pending when the session ends shows failed", async () => {
    await hook({ hook_event_name: "SessionStart", source: "startup" });
    await cairnOk(db, ["session", "append", "shop-1", "too late"]);
    await hook({ hook_event_name: "SessionEnd", reason: "other" });
    const shown = JSON.parse(await cairnOk(db, ["session", "show", "shop-1", "--format", "json"]));
    expect(shown.messages[0].delivery).toMatchObject({ state: "failed", via: null, reason: "the Claude Code session ended before it was delivered" });
    expect(await cairnOk(db, ["session", "show", "shop-1"])).toContain("failed: the Claude Code session ended before it was delivered");
  });

  test("event add --deliver reaches the target session's agent as one line", async () => {
    await hook({ hook_event_name: "SessionStart", source: "startup" });
    await cairnOk(db, ["event", "add", "rebase_required", "--source", "ci", "--target", "shop-1", "--deliver", "--payload", '{"onto":"main"}'], { env: { CAIRN_ACTOR: "ci-bot" } });
    expect((await postToolUse())?.hookSpecificOutput.additionalContext).toBe('From ci-bot via cairn: event rebase_required from ci {"onto":"main"}');
    const refused = await cairn(db, ["event", "add", "ping", "--deliver"]);
    expect(refused).toMatchObject({ code: 2, stdout: "" });
    expect(refused.stderr).toBe("cairn: --deliver needs --target SESSION: the session whose agent gets the event\n");
  });
});

describe("locks agents obey", () => {
  const write = (session: string, path: string) => hook({ session_id: session, hook_event_name: "PreToolUse", tool_name: "Write", tool_use_id: `w-${session}`, tool_input: { file_path: `${repo}/${path}`, content: "x" } });

  test("another session's Write to a locked path is refused naming the holder; it goes through after release", async () => {
    await hook({ session_id: "holder", hook_event_name: "SessionStart", source: "startup" });
    await hook({ session_id: "other", hook_event_name: "SessionStart", source: "startup" });
    await cairnOk(db, ["event", "add", "lock_acquired", "--session", "shop-1", "--payload", '{"path":"src/charges.ts"}']);
    const refused = await write("other", "src/charges.ts");
    expect(refused?.hookSpecificOutput).toMatchObject({ hookEventName: "PreToolUse", permissionDecision: "deny" });
    expect(refused?.hookSpecificOutput.permissionDecisionReason).toStartWith("src/charges.ts is locked by cairn session shop-1");
    expect(await write("holder", "src/charges.ts")).toBeUndefined();
    expect(await write("other", "src/other.ts")).toBeUndefined();
    const listed = JSON.parse(await cairnOk(db, ["lock", "list", "--format", "json"]));
    expect(listed).toMatchObject([{ project: "shop", path: "src/charges.ts", session: "shop-1" }]);
    await cairnOk(db, ["event", "add", "lock_released", "--session", "shop-1", "--payload", '{"path":"src/charges.ts"}']);
    expect(await write("other", "src/charges.ts")).toBeUndefined();
    expect(JSON.parse(await cairnOk(db, ["lock", "list", "--project", "shop", "--format", "json"]))).toEqual([]);
  });

  test("a subagent writes where its parent holds the lock; another session's subagent is refused", async () => {
    await hook({ session_id: "holder", hook_event_name: "SessionStart", source: "startup" });
    await hook({ session_id: "other", hook_event_name: "SessionStart", source: "startup" });
    await cairnOk(db, ["event", "add", "lock_acquired", "--session", "shop-1", "--payload", '{"path":"src/charges.ts"}']);
    const subagentWrite = (session: string) =>
      hook({ session_id: session, agent_id: "agent-1", hook_event_name: "PreToolUse", tool_name: "Write", tool_use_id: `s-${session}`, tool_input: { file_path: `${repo}/src/charges.ts`, content: "x" } });
    expect(await subagentWrite("holder")).toBeUndefined();
    expect(await subagentWrite("other")).toMatchObject({ hookSpecificOutput: { permissionDecision: "deny" } });
  });

  test("a lock ends when its holder's session ends", async () => {
    await hook({ session_id: "holder", hook_event_name: "SessionStart", source: "startup" });
    await hook({ session_id: "other", hook_event_name: "SessionStart", source: "startup" });
    await cairnOk(db, ["event", "add", "lock_acquired", "--session", "shop-1", "--payload", '{"path":"src/**"}']);
    expect(await write("other", "src/deep/a.ts")).toMatchObject({ hookSpecificOutput: { permissionDecision: "deny" } });
    expect(await cairnOk(db, ["lock", "list"])).toContain("src/**");
    await hook({ session_id: "holder", hook_event_name: "SessionEnd", reason: "other" });
    expect(await write("other", "src/deep/a.ts")).toBeUndefined();
    expect(await cairnOk(db, ["lock", "list"])).not.toContain("src/**");
  });
});
