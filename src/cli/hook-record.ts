/**
 * What every `cairn hook <harness>` does with a payload: read it from stdin, record it through
 * the harness's recorder, and, when the database stays locked past a short wait, spool it for
 * the next writer instead. Problems go to hook-errors.log, never to the agent.
 */
import type { HookReply } from "../agents/core/record.ts";
import { confirmDeliveries } from "../commands/delivery.ts";
import { CairnError, fail } from "../domain/errors.ts";
import { inexactNumbersAsText } from "../domain/json.ts";
import { SUPERVISED_ENV } from "../domain/supervision.ts";
import { spoolWrite } from "../store/spool.ts";
import type { Store } from "../store/store.ts";
import { logHookFailure } from "./hook-log.ts";
import { readStdin, stringFlag } from "./input.ts";
import type { Invocation } from "./types.ts";

/** An agent's hook payload as recorded or spooled, the --project it came with, and the agent's process. */
export interface SpooledHook {
  payload: Record<string, unknown>;
  project?: string;
  /** CLAUDE_PID of the hook that spooled it (the replaying process has another agent's, or none). */
  pid?: string;
}

/**
 * How one harness's hook payloads are recorded: live (its environment counts, and what it says
 * back is printed) and replayed from the spool (with the environment the spooling hook had).
 */
export interface HookRecorder {
  /** The spool entry kind ("claude-hook", …). */
  kind: string;
  /** Who confirms what the printed output delivered. */
  actor: string;
  record(store: Store, body: SpooledHook, env: Record<string, string | undefined>): HookReply;
}

const MAX_HOOK_BYTES = 8 * 1024 * 1024;

/**
 * How long a hook waits for another writer's lock before spooling its payload instead: well
 * under the agents' hook timeouts (60 s), and short enough not to hold up the agent.
 */
const HOOK_WAIT_MS = Number(process.env.CAIRN_HOOK_WAIT_MS) || 1_000;

/** `cairn hook <harness>` without --install/--uninstall: records the payload on stdin. */
export async function recordHookFromStdin(cli: Invocation, recorder: HookRecorder): Promise<void> {
  // A supervised agent's supervisor records it from the agent's own output (stream-json,
  // app-server notifications, ACP updates); the hooks would say it twice.
  if (process.env[SUPERVISED_ENV]) return;
  let payload: unknown;
  try {
    try {
      // A number a double cannot hold (2^53+1) is kept as its text, never changed or refused.
      payload = JSON.parse(inexactNumbersAsText(await readStdin("hook payload", MAX_HOOK_BYTES)));
    } catch (error) {
      throw error instanceof CairnError ? error : new CairnError("invalid", `hook payload is not JSON: ${(error as Error).message}`);
    }
    if (!payload || typeof payload !== "object" || Array.isArray(payload)) fail("invalid", "hook payload is not a JSON object");
  } catch (error) {
    return logHookFailure(cli.dbPath, (error as Error).message);
  }
  // Claude Code names its process (CLAUDE_PID): a replay later, by another process, must keep it.
  const body: SpooledHook = { payload: payload as Record<string, unknown>, project: stringFlag(cli, "project"), ...(process.env.CLAUDE_PID ? { pid: process.env.CLAUDE_PID } : {}) };
  try {
    const store = cli.store({ busyTimeoutMs: HOOK_WAIT_MS });
    const result = recorder.record(store, body, process.env);
    if (result.output) {
      cli.write(JSON.stringify(result.output) + "\n");
      // Printed: the agent reads it when we exit. A claim left unconfirmed is retried later.
      confirmDeliveries({ store, actor: recorder.actor }, { session: result.session, claims: result.claims });
    }
  } catch (error) {
    // Locked too long (a big import) or not writable now: keep the payload for the next writer.
    if (error instanceof CairnError && (error.code === "busy" || error.code === "storage")) {
      try {
        spoolWrite(cli.dbPath, recorder.kind, body);
        return;
      } catch (spoolError) {
        return logHookFailure(cli.dbPath, `${error.message}; could not spool the payload either: ${(spoolError as Error).message}`);
      }
    }
    logHookFailure(cli.dbPath, error instanceof Error ? error.message : String(error));
  }
}
