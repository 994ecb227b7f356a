/**
 * What every `cairn hook <harness>` does with a payload: read it from stdin, record it through
 * the harness's replayer (spool-replayers.ts), and, when the database stays locked past a short
 * wait, spool it for the next writer instead. Problems go to hook-errors.log, never to the agent.
 */
import { CairnError, fail } from "../domain/errors.ts";
import { inexactNumbersAsText } from "../domain/json.ts";
import { spoolWrite } from "../store/spool.ts";
import { logHookFailure } from "./hook-log.ts";
import { readStdin, stringFlag } from "./input.ts";
import type { SpooledHook } from "./spool-replayers.ts";
import type { Invocation } from "./types.ts";

const MAX_HOOK_BYTES = 8 * 1024 * 1024;

/**
 * How long a hook waits for another writer's lock before spooling its payload instead: well
 * under the agents' hook timeouts (60 s), and short enough not to hold up the agent.
 */
const HOOK_WAIT_MS = Number(process.env.CAIRN_HOOK_WAIT_MS) || 1_000;

/** Records the hook payload on stdin with the replayer named `kind` ("claude-hook", "codex-hook", …). */
export async function recordHookFromStdin(cli: Invocation, kind: string): Promise<void> {
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
  const { LIVE_HOOKS, SPOOL_REPLAYERS, replayFailure } = await import("./spool-replayers.ts");
  // Claude Code names its process (CLAUDE_PID): a replay later, by another process, must keep it.
  const body: SpooledHook = { payload: payload as Record<string, unknown>, project: stringFlag(cli, "project"), ...(process.env.CLAUDE_PID ? { pid: process.env.CLAUDE_PID } : {}) };
  try {
    const store = cli.store({ busyTimeoutMs: HOOK_WAIT_MS });
    // Whatever earlier hooks spooled is written first, in the same transaction as this one.
    store.replayers = SPOOL_REPLAYERS;
    store.onReplayFailure = replayFailure(cli.dbPath);
    const live = LIVE_HOOKS[kind as keyof typeof LIVE_HOOKS];
    if (!live) return SPOOL_REPLAYERS[kind]!(store, body);
    const result = live(store, body, process.env);
    if (result.output) {
      cli.write(JSON.stringify(result.output) + "\n");
      // Printed: the agent reads it when we exit. A claim left unconfirmed is retried later.
      const { confirmDeliveries } = await import("../commands/delivery.ts");
      confirmDeliveries({ store, actor: kind === "claude-hook" ? "claude-code" : kind.replace(/-hook$/, "") }, { session: result.session, claims: result.claims });
    }
  } catch (error) {
    // Locked too long (a big import) or not writable now: keep the payload for the next writer.
    if (error instanceof CairnError && (error.code === "busy" || error.code === "storage")) {
      try {
        spoolWrite(cli.dbPath, kind, body);
        return;
      } catch (spoolError) {
        return logHookFailure(cli.dbPath, `${error.message}; could not spool the payload either: ${(spoolError as Error).message}`);
      }
    }
    logHookFailure(cli.dbPath, error instanceof Error ? error.message : String(error));
  }
}
