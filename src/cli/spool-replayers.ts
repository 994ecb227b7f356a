/**
 * How this CLI replays each kind of spooled write (store/spool.ts). Loaded only when the
 * spool holds something, or by the hook that spools.
 */
import { recordHook, type HookPayload } from "../agents/claude/hook.ts";
import type { Replayer } from "../store/spool.ts";
import { logHookFailure } from "./hook-log.ts";

/** A Claude Code hook payload that waited in the spool, and the --project it came with. */
export interface SpooledHook {
  payload: HookPayload;
  project?: string;
}

export const SPOOL_REPLAYERS: Record<string, Replayer> = {
  "claude-hook": (store, body) => {
    const { payload, project } = body as SpooledHook;
    recordHook({ store, actor: "claude-code" }, payload, { project });
  },
};

/** A spooled write that could not be applied is reported where hook problems go. */
export const replayFailure =
  (dbPath: string) =>
  (name: string, error: unknown): void =>
    logHookFailure(dbPath, `spooled ${name}: ${error instanceof Error ? error.message : String(error)}`);
