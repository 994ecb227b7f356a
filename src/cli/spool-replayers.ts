/**
 * How the full CLI replays each kind of spooled write (store/spool.ts): every harness's hook.
 * Loaded only when the spool holds something; the hot bundles leave such command lines to the
 * full CLI, so whichever cairn writes first applies what waited.
 */
import type { Replayer } from "../store/spool.ts";
import type { HookRecorder, SpooledHook } from "./hook-record.ts";
import { logHookFailure } from "./hook-log.ts";
import { CLAUDE_HOOK } from "./hot/hook-claude.ts";
import { CODEX_HOOK } from "./hot/hook-codex.ts";
import { GEMINI_HOOK } from "./hot/hook-gemini.ts";

/** A spooled hook is recorded as it was given, with the agent process of the hook that spooled it. */
const replayer =
  (recorder: HookRecorder): Replayer =>
  (store, body) =>
    void recorder.record(store, body as SpooledHook, { CLAUDE_PID: (body as SpooledHook).pid });

export const SPOOL_REPLAYERS: Record<string, Replayer> = Object.fromEntries([CLAUDE_HOOK, CODEX_HOOK, GEMINI_HOOK].map((r) => [r.kind, replayer(r)]));

/** A spooled write that could not be applied is reported where hook problems go. */
export const replayFailure =
  (dbPath: string) =>
  (name: string, error: unknown): void =>
    logHookFailure(dbPath, `spooled ${name}: ${error instanceof Error ? error.message : String(error)}`);
