/**
 * What cairn delivered, coming back from the agent as if the person had typed it: Gemini CLI
 * sends an AfterAgent deny's reason as the next prompt (BeforeAgent fires with it) and logs it
 * as a user message in its chat. The person's message is recorded already, so neither the
 * hooks nor an import record it again.
 */
import { joinDeliveries } from "../../domain/delivery.ts";
import type { Writer } from "../../store/store.ts";

/** Is `text` one delivered item of `session`, or several delivered together as one hook output? */
export function isDeliveredEcho(w: Writer, session: string, text: string): boolean {
  const recent = w.recentDeliveries(session).reverse(); // oldest first, as they were claimed
  for (let from = 0; from < recent.length; from++)
    for (let to = from + 1; to <= recent.length; to++) if (joinDeliveries(recent.slice(from, to)) === text) return true;
  return false;
}
