/**
 * Delivers what is pending for a Claude Code session over its messaging socket, right after
 * it is written: the writing process (CLI, UI) calls this. Hooks deliver whatever this could
 * not (no socket, the writer died, the socket failed).
 */
import type { CommandContext } from "../../commands/context.ts";
import { claimDeliveries, confirmDeliveries, releaseClaims } from "../../commands/delivery.ts";
import { endpointOf, forgetEndpoint } from "../../store/agents.ts";
import { sendOverSocket } from "./socket.ts";

/** Returns how many items went out. A failed attempt leaves them pending for the hooks. */
export async function deliverOverSocket(ctx: CommandContext, session: string): Promise<number> {
  const endpoint = endpointOf(ctx.store, session);
  if (!endpoint) return 0;
  const claims = claimDeliveries(ctx, { session, via: "socket" });
  if (claims.length === 0) return 0;
  try {
    await sendOverSocket(endpoint, claims.map((c) => c.text));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The socket is gone (the agent quit without a SessionEnd): stop trying it.
    if (code === "ENOENT" || code === "ECONNREFUSED") forgetEndpoint(ctx.store, session);
    releaseClaims(ctx, { session, claims, reason: `socket: ${(error as Error).message}` });
    return 0;
  }
  confirmDeliveries(ctx, { session, claims });
  return claims.length;
}
