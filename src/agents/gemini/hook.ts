/**
 * `cairn hook gemini`: one Gemini CLI hook payload (0.61) as the shared agent steps. Gemini's
 * tool events carry no call id, so a finished tool completes the running call of the same name;
 * a failed tool's response holds an `error`. AfterAgent holds the turn's reply.
 */
import type { CommandContext } from "../../commands/context.ts";
import { fail } from "../../domain/errors.ts";
import { otherStep, recordHookPayload, str, type AgentStep } from "../core/record.ts";

const failed = (response: unknown): boolean => {
  if (!response || typeof response !== "object") return false;
  const r = response as Record<string, unknown>;
  return (r.error !== undefined && r.error !== null) || r.isError === true;
};

/** A Gemini hook payload as agent steps. */
export function geminiSteps(payload: Record<string, unknown>): AgentStep[] {
  const hookEvent = str(payload.hook_event_name) ?? fail("invalid", "hook payload has no hook_event_name");
  const tool = str(payload.tool_name) ?? "tool";
  switch (hookEvent) {
    case "SessionStart":
      return [{ type: "session_start", source: str(payload.source), transcript: str(payload.transcript_path) }];
    case "BeforeAgent":
      return [{ type: "prompt", text: str(payload.prompt) }];
    case "BeforeTool":
      return [{ type: "tool_start", tool, input: payload.tool_input }];
    case "AfterTool":
      return [{ type: "tool_end", tool, input: payload.tool_input, output: payload.tool_response, failed: failed(payload.tool_response) }];
    case "AfterAgent":
      return [{ type: "turn_end", reply: str(payload.prompt_response) }];
    case "Notification":
      return [{ type: "notification", message: payload.message ?? payload.notification_type }];
    case "SessionEnd":
      return [{ type: "session_end", reason: str(payload.reason) }];
    default:
      return [otherStep(hookEvent, payload)];
  }
}

/** Records one Gemini CLI hook payload; returns the cairn session. */
export const recordGeminiHook = (ctx: CommandContext, payload: Record<string, unknown>, options: { project?: string } = {}): string => recordHookPayload(ctx, "gemini", payload, geminiSteps, options).session;
