import { useEffect } from "react";
import { reapGone } from "../../agents/supervise.ts";
import type { CommandContext } from "../../commands/context.ts";

/** How often the UI checks that the supervisors the log believes running still exist. */
export const SUPERVISOR_CHECK_MS = 2_000;

/**
 * A supervisor killed without a word leaves its session "running" in the log: the UI, a
 * reader like any other, marks such sessions failed ("supervisor gone") within seconds.
 */
export function useSupervisors(ctx: CommandContext): void {
  useEffect(() => {
    const timer = setInterval(() => {
      try {
        if (ctx.store.statements.liveSupervisions.get() !== null) reapGone(ctx);
      } catch {
        // Locked by another writer: the next check tries again; drawing never waits for it.
      }
    }, SUPERVISOR_CHECK_MS);
    return () => clearInterval(timer);
  }, [ctx]);
}
