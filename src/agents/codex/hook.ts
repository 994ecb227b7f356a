/**
 * `cairn hook codex`: one Codex CLI hook payload (0.169: Claude-shaped, with `turn_id`) as the
 * shared agent steps. Codex's PostToolUse gives only the tool's output text, not whether it
 * failed, so the outcome is read from the rollout (`transcript_path`), where the finished item
 * (a command's exit code and status) is already written when the hook runs.
 *
 * What people write to the session reaches the model as these hooks' context (SessionStart,
 * UserPromptSubmit, PostToolUse `additionalContext`), or as a blocked Stop, whose reason Codex
 * sends as the next prompt: the same outputs as Claude Code's.
 */
import type { CommandContext } from "../../commands/context.ts";
import { fail } from "../../domain/errors.ts";
import { blockOutput, contextOutput, otherStep, recordHookPayload, str, type AgentStep, type HookReply } from "../core/record.ts";
import { itemFailed } from "./item.ts";

/** How much of the rollout's end is searched for a finished tool call. */
const TAIL_BYTES = 256 * 1024;

/** Did the call with this id fail, by the rollout's record of it (undefined: not found)? */
function failedInRollout(path: string | undefined, callId: string | undefined): boolean | undefined {
  if (!path || !callId) return undefined;
  // Mapped, not read through node:fs, whose loading alone costs a hook ~3 ms of CPU; only the
  // pages of the last TAIL_BYTES are touched.
  let bytes: Uint8Array;
  try {
    bytes = Bun.mmap(path, { shared: false });
  } catch {
    return undefined; // missing, or empty
  }
  const lines = new TextDecoder().decode(bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES))).split("\n").reverse();
  for (const line of lines) {
    if (!line.includes(callId) || !line.includes('"item_completed"')) continue;
    try {
      const item = JSON.parse(line)?.payload?.item;
      if (item?.id !== callId) continue;
      return itemFailed(item);
    } catch {}
  }
  return undefined;
}

/** A Codex hook payload as agent steps. */
export function codexSteps(payload: Record<string, unknown>): AgentStep[] {
  const hookEvent = str(payload.hook_event_name) ?? fail("invalid", "hook payload has no hook_event_name");
  const tool = str(payload.tool_name) ?? "tool";
  const callId = str(payload.tool_use_id);
  switch (hookEvent) {
    case "SessionStart":
      return [{ type: "session_start", source: str(payload.source), transcript: str(payload.transcript_path) }, { type: "deliver", carrier: contextOutput(hookEvent) }];
    case "UserPromptSubmit":
      return [{ type: "prompt", text: str(payload.prompt) }, { type: "deliver", carrier: contextOutput(hookEvent) }];
    case "PreToolUse":
      return [{ type: "tool_start", tool, input: payload.tool_input, callId }];
    case "PostToolUse":
      return [
        { type: "tool_end", tool, input: payload.tool_input, output: payload.tool_response, callId, failed: failedInRollout(str(payload.transcript_path), callId) ?? false },
        { type: "deliver", carrier: contextOutput(hookEvent) },
      ];
    case "PermissionRequest":
      return [{ type: "notification", message: `permission asked for ${tool}` }];
    case "Stop":
      return [{ type: "turn_end", reply: str(payload.last_assistant_message), orContinue: blockOutput }];
    case "SessionEnd":
      return [{ type: "session_end", reason: str(payload.reason) }];
    default:
      return [otherStep(hookEvent, payload)];
  }
}

/** Records one Codex hook payload; says what to print back (what is pending, carried to the model). */
export const recordCodexHook = (ctx: CommandContext, payload: Record<string, unknown>, options: { project?: string } = {}): HookReply =>
  recordHookPayload(ctx, "codex", payload, codexSteps, { ...options, delivers: true });
