/**
 * Supervised agents in tests: a temporary database with project `shop`, the real Claude Code
 * (the pinned binary as `$CAIRN_CLAUDE`), Codex (`$CAIRN_CODEX`) or Gemini CLI (`$CAIRN_GEMINI`) with its own HOME, against
 * a model stand-in, and `cairn run` / `cairn session …` as real processes. Conditions are
 * awaited, never slept for.
 *
 *   const t = await supervisedClaude(api, { allow: ["Bash"] });   // or supervisedCodex(api)
 *   const id = await t.run("fix the bug");
 *   await t.until(id, (s) => s.status === "waiting", "the reply");
 *   …; await t.cleanup();
 */
import { writeFileSync } from "node:fs";
import { getSession, sessionMessages, supervisionOf } from "../store/queries.ts";
import type { Message, Session, Supervision } from "../store/rows.ts";
import { Store } from "../store/store.ts";
import { claudeCode, CLAUDE_BIN, type ClaudeCode } from "./claude-code.ts";
import { CODEX_BIN, codexCli, type CodexCli } from "./codex.ts";
import { GEMINI_BIN, geminiCli, type GeminiCli } from "./gemini.ts";
import { cairn, cairnOk, tempDir, type Run } from "./harness.ts";
import type { ModelApi } from "./model-api.ts";
import type { StandIn } from "./stand-in.ts";

/** A session as a test looks at it: its row, messages and supervision. */
export interface Seen extends Session {
  messages: Message[];
  supervisor: Supervision | undefined;
}

export interface Supervised {
  db: string;
  /** The agent's working directory. */
  cwd: string;
  env: Record<string, string>;
  /** `cairn run shop <task> [...args]` in the agent's directory; returns the session id. */
  run(task: string, args?: string[]): Promise<string>;
  cairn(args: string[], options?: { env?: Record<string, string> }): Promise<Run>;
  cairnOk(args: string[]): Promise<string>;
  show(id: string): Seen;
  /** Waits until `check` holds for the session (read from the database every 50 ms). */
  until(id: string, check: (s: Seen) => boolean, what: string, ms?: number): Promise<Seen>;
  /** Kills every supervisor (and its agent) still running, then removes the temp files. */
  cleanup(): Promise<void>;
}

export async function supervisedClaude(api: ModelApi, options: { allow?: string[]; hooks?: boolean } = {}): Promise<Supervised & { claude: ClaudeCode }> {
  const tmp = tempDir();
  const claude = await claudeCode({ api, db: null, allowedTools: [] });
  // What the agent may do without asking: Claude Code's own settings, as a person would set them.
  writeFileSync(`${claude.home}/.claude/settings.json`, JSON.stringify({ permissions: { allow: options.allow ?? [] } }));
  await cairnOk(tmp.db, ["project", "add", "shop"]);
  // cairn's hooks installed as a person would have them: they must leave supervised agents to their supervisor.
  if (options.hooks) await cairnOk(tmp.db, ["hook", "claude", "--install"], { env: { HOME: claude.home } });
  return { ...supervisedIn(tmp, claude.cwd, { ...claude.env, CAIRN_CLAUDE: CLAUDE_BIN }, claude.cleanup), claude };
}

/** The real Codex (`codex app-server`) under `cairn run --agent codex`, with cairn's Codex hooks installed (they must stay out of it). */
export async function supervisedCodex(api: StandIn): Promise<Supervised & { codex: CodexCli }> {
  const tmp = tempDir();
  // The agent may write in its directory, as a person's Codex configuration would let it (the default is read-only).
  const codex = await codexCli({ api, db: tmp.db, settings: [`sandbox_mode = "workspace-write"`] });
  // cairn's hooks installed and trusted, as a person would have them: they must leave supervised agents to their supervisor.
  if ((await codex.trustHooks()) === 0) throw new Error("no hooks to trust");
  await cairnOk(tmp.db, ["project", "add", "shop"]);
  const t = supervisedIn(tmp, codex.cwd, { ...codex.env, CAIRN_CODEX: CODEX_BIN }, codex.cleanup);
  return { ...t, codex, run: (task, args = []) => t.run(task, ["--agent", "codex", ...args]) };
}

/** The real Gemini CLI (`gemini --acp`) under `cairn run --agent gemini`, with cairn's Gemini hooks installed (they must stay out of it). */
export async function supervisedGemini(api: StandIn): Promise<Supervised & { gemini: GeminiCli }> {
  const tmp = tempDir();
  const gemini = await geminiCli({ api, db: tmp.db });
  await cairnOk(tmp.db, ["project", "add", "shop"]);
  const t = supervisedIn(tmp, gemini.cwd, { ...gemini.env, CAIRN_GEMINI: GEMINI_BIN }, gemini.cleanup);
  return { ...t, gemini, run: (task, args = []) => t.run(task, ["--agent", "gemini", ...args]) };
}

function supervisedIn(tmp: ReturnType<typeof tempDir>, cwd: string, env: Record<string, string>, cleanupAgent: () => void): Supervised {
  const store = Store.open(tmp.db);
  const show = (id: string): Seen => {
    const session = getSession(store, id);
    if (!session) throw new Error(`no session ${id}`);
    return { ...session, messages: sessionMessages(store, id), supervisor: supervisionOf(store, id) };
  };
  return {
    db: tmp.db,
    cwd,
    env,
    run: async (task, args = []) => (await cairnOk(tmp.db, ["run", "shop", task, "--cwd", cwd, ...args], { env })).trim(),
    cairn: (args, o = {}) => cairn(tmp.db, args, { env: { ...env, ...o.env } }),
    cairnOk: (args) => cairnOk(tmp.db, args, { env }),
    show,
    async until(id, check, what, ms = 60_000) {
      const deadline = Date.now() + ms;
      for (;;) {
        const seen = show(id);
        if (check(seen)) return seen;
        if (Date.now() > deadline) throw new Error(`waited ${ms} ms for ${what}; session ${id} is ${seen.status}: ${JSON.stringify(seen.messages.map((m) => m.parts)).slice(0, 2_000)}`);
        await Bun.sleep(50);
      }
    },
    async cleanup() {
      for (const row of store.sqlite.query("SELECT pid FROM supervisions WHERE pid IS NOT NULL").all() as Array<{ pid: number }>) {
        try {
          process.kill(-row.pid, "SIGKILL"); // its own process group: the supervisor and its agent
        } catch {}
      }
      store.close();
      cleanupAgent();
      tmp.cleanup();
    },
  };
}

/** Every text of a session's messages of one role, in order. */
export const texts = (s: Seen, role: string): string[] =>
  s.messages.filter((m) => m.role === role).flatMap((m) => m.parts.flatMap((p) => (p.type === "text" ? [String(p.text)] : [])));
