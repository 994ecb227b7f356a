/**
 * Claude Code under cairn's supervisor (`cairn run --agent claude`, the default): `claude -p`
 * with stream-json both ways (stream-json.ts), a session id cairn chooses. Each delivery is a
 * stdin line whose uuid is the item's id; Claude Code echoes it on receipt and ignores a uuid it
 * has seen, also after a restart, so a message arrives exactly once.
 */
import type { Claim } from "../../commands/delivery.ts";
import type { AgentEvent, AgentWire, SupervisedHarness } from "../core/supervisor.ts";
import { claudeBinary, hasConversation } from "./binary.ts";
import { agentArgs, agentInput, readAgentLine } from "./stream-json.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The uuid of the stdin line carrying a delivery: the message's own id (a UUID), or for an item
 * with another kind of id (a client's event id) a UUID made from it, the same every time, so
 * Claude Code recognises a re-sent item and ignores it.
 */
export function lineUuid(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = new Bun.CryptoHasher("sha1").update(`cairn:${id}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const claudeHarness: SupervisedHarness = {
  name: "Claude Code",
  source: "claude",
  command: (s) => [claudeBinary(), ...agentArgs({ agentSession: s.agentSession, resume: hasConversation(s.cwd, s.agentSession), ask: s.ask })],
  env: { CLAUDE_CODE_EMIT_SESSION_STATE_EVENTS: "1" },
  wire(io): AgentWire {
    // Delivery ids by the uuid of the line that carried them: the echo names the uuid.
    const sent = new Map<string, string>();
    return {
      read(text): AgentEvent[] {
        const line = readAgentLine(text);
        switch (line.type) {
          case "state":
            return [{ type: "state", state: line.state === "running" ? "running" : "waiting" }];
          case "echo": {
            const id = sent.get(line.uuid);
            return id === undefined ? [] : [{ type: "delivered", id }];
          }
          case "parts":
          case "tool_results":
          case "permission_cancelled":
          case "garbage":
            return [line];
          case "permission":
            return [{ type: "permission", request: line.request, tool: line.tool, input: line.input }];
          case "result":
            return [{ type: "turn_end", ...(line.isError ? { error: line.error } : {}) }];
          default:
            return [];
        }
      },
      deliver(claims: readonly Claim[]) {
        for (const claim of claims) {
          const uuid = lineUuid(claim.id);
          sent.set(uuid, claim.id);
          io.write(agentInput.user(uuid, claim.text));
        }
      },
      interrupt: () => io.write(agentInput.interrupt(`cairn-${crypto.randomUUID()}`)),
      answer: (request, allow, input, reason) => io.write(allow ? agentInput.allow(request, input) : agentInput.deny(request, reason)),
    };
  },
};
