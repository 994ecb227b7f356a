/**
 * `cairn hook gemini`: one Gemini CLI hook payload (0.61) as the shared agent steps. Gemini's
 * tool events carry no call id, so a finished tool completes the running call of the same name;
 * a failed tool's response holds an `error`. AfterAgent holds the turn's reply.
 *
 * What people write to the session reaches the model as these hooks' `additionalContext`
 * (SessionStart, BeforeAgent, AfterTool: Gemini appends it to the tool's result inside
 * `<hook_context>`), or as an AfterAgent `decision: "deny"`, whose reason Gemini sends as the
 * next prompt of the same turn (firing BeforeAgent again with it).
 */
import type { CommandContext } from "../../commands/context.ts";
import { fail } from "../../domain/errors.ts";
import { contextOutput, otherStep, recordHookPayload, str, type AgentStep, type Carrier, type HookReply } from "../core/record.ts";

const failed = (response: unknown): boolean => {
  if (!response || typeof response !== "object") return false;
  const r = response as Record<string, unknown>;
  return (r.error !== undefined && r.error !== null) || r.isError === true;
};

/** AfterAgent's refusal of the turn's end: Gemini continues the turn with the reason as a prompt. */
const denyOutput: Carrier = (text) => ({ decision: "deny", reason: text });

/** A Gemini hook payload as agent steps. */
export function geminiSteps(payload: Record<string, unknown>): AgentStep[] {
  const hookEvent = str(payload.hook_event_name) ?? fail("invalid", "hook payload has no hook_event_name");
  const tool = str(payload.tool_name) ?? "tool";
  switch (hookEvent) {
    case "SessionStart":
      return [{ type: "session_start", source: str(payload.source), transcript: str(payload.transcript_path) }, { type: "deliver", carrier: contextOutput(hookEvent) }];
    case "BeforeAgent":
      return [{ type: "prompt", text: str(payload.prompt) }, { type: "deliver", carrier: contextOutput(hookEvent) }];
    case "BeforeTool":
      return [{ type: "tool_start", tool, input: payload.tool_input }];
    case "AfterTool":
      return [
        { type: "tool_end", tool, input: payload.tool_input, output: payload.tool_response, failed: failed(payload.tool_response) },
        { type: "deliver", carrier: contextOutput(hookEvent) },
      ];
    case "AfterAgent":
      // After a deny, the reply holds the whole turn's, the part recorded at the first end included.
      return [{ type: "turn_end", reply: str(payload.prompt_response), orContinue: denyOutput, repeatsEarlier: payload.stop_hook_active === true }];
    case "Notification":
      return [{ type: "notification", message: payload.message ?? payload.notification_type }];
    case "SessionEnd":
      return [{ type: "session_end", reason: str(payload.reason) }];
    default:
      return [otherStep(hookEvent, payload)];
  }
}

/** Records one Gemini CLI hook payload; says what to print back (what is pending, carried to the model). */
export const recordGeminiHook = (ctx: CommandContext, payload: Record<string, unknown>, options: { project?: string } = {}): HookReply =>
  recordHookPayload(ctx, "gemini", payload, geminiSteps, { ...options, delivers: true });
