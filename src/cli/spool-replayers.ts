/**
 * How this CLI replays each kind of spooled write (store/spool.ts). Loaded only when the
 * spool holds something, or by the hook that spools.
 */
import { recordHook } from "../agents/claude/hook.ts";
import { recordCodexHook } from "../agents/codex/hook.ts";
import { recordGeminiHook } from "../agents/gemini/hook.ts";
import type { Replayer } from "../store/spool.ts";
import type { Store } from "../store/store.ts";
import { logHookFailure } from "./hook-log.ts";

/** An agent's hook payload that waited in the spool, the --project it came with, and the agent's process. */
export interface SpooledHook {
  payload: Record<string, unknown>;
  project?: string;
  /** CLAUDE_PID of the hook that spooled it (the replaying process has another agent's, or none). */
  pid?: string;
}

/**
 * A hook recorded as it happens (not replayed from the spool): its environment (Claude Code's
 * messaging socket) counts, and what it says back to the agent is printed.
 */
export const LIVE_HOOKS = {
  "claude-hook": (store: Store, body: SpooledHook, env: Record<string, string | undefined>) => recordHook({ store, actor: "claude-code" }, body.payload, { project: body.project, env }),
  "codex-hook": (store: Store, body: SpooledHook) => recordCodexHook({ store, actor: "codex" }, body.payload, { project: body.project }),
  "gemini-hook": (store: Store, body: SpooledHook) => recordGeminiHook({ store, actor: "gemini" }, body.payload, { project: body.project }),
};

export const SPOOL_REPLAYERS: Record<string, Replayer> = {
  "claude-hook": (store, body) => {
    const { payload, project, pid } = body as SpooledHook;
    recordHook({ store, actor: "claude-code" }, payload, { project, env: { CLAUDE_PID: pid } });
  },
  "codex-hook": (store, body) => {
    const { payload, project } = body as SpooledHook;
    recordCodexHook({ store, actor: "codex" }, payload, { project });
  },
  "gemini-hook": (store, body) => {
    const { payload, project } = body as SpooledHook;
    recordGeminiHook({ store, actor: "gemini" }, payload, { project });
  },
};

/** A spooled write that could not be applied is reported where hook problems go. */
export const replayFailure =
  (dbPath: string) =>
  (name: string, error: unknown): void =>
    logHookFailure(dbPath, `spooled ${name}: ${error instanceof Error ? error.message : String(error)}`);
