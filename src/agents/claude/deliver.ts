/**
 * Delivers what is pending for a Claude Code session over its messaging socket, right after
 * it is written: the writing process (CLI, UI) calls this. Hooks deliver whatever this could
 * not (no socket, the writer died, the socket failed, Claude Code never took it).
 */
import type { CommandContext } from "../../commands/context.ts";
import { claimDeliveries, releaseClaims } from "../../commands/delivery.ts";
import { endpointOf, forgetEndpoint } from "../../store/agents.ts";
import { sendOverSocket } from "./socket.ts";

/**
 * Returns how many items went out. They stay claimed: the socket takes the bytes whether or not
 * Claude Code ever reads them (stopped, overloaded, about to die), so only the message coming
 * back as a prompt (its UserPromptSubmit hook) confirms the delivery. Until then no hook offers
 * them again (a busy session submits them after its running tool, however long it runs); the
 * next Claude Code process's SessionStart does, if this one died first. A failed attempt leaves
 * them pending for the hooks at once.
 */
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
  return claims.length;
}
