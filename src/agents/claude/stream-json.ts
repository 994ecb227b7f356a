/**
 * Claude Code's stream-json protocol (`claude -p --input-format stream-json --output-format
 * stream-json --verbose --replay-user-messages`, see ../shared/AGENTS.md): what its stdout
 * lines mean to a supervisor, and the lines a supervisor writes to its stdin.
 */
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import type { Part } from "../../domain/message.ts";
import { clip } from "../core/clip.ts";

/** One stdout line, as the supervisor acts on it. */
export type AgentLine =
  | { type: "state"; state: "running" | "idle" | "requires_action" }
  /** A user message the agent received (the line's uuid is the one cairn sent). */
  | { type: "echo"; uuid: string }
  | { type: "parts"; parts: Part[] }
  | { type: "tool_results"; results: Array<{ callId: string; output: Json | undefined; isError: boolean }> }
  | { type: "result"; isError: boolean; error: string }
  | { type: "permission"; request: string; tool: string; input: Record<string, unknown>; description: string | null }
  | { type: "permission_cancelled"; request: string }
  /** Not JSON at all: kept, never acted on. */
  | { type: "garbage"; line: string }
  | { type: "other" };

const isRecord = (v: unknown): v is Record<string, any> => v !== null && typeof v === "object" && !Array.isArray(v);
const STATES = ["running", "idle", "requires_action"];

function assistantParts(content: unknown): Part[] {
  if (!Array.isArray(content)) return [];
  return content.flatMap((b): Part[] => {
    if (!isRecord(b)) return [];
    if (b.type === "text" && typeof b.text === "string" && b.text.trim()) return [{ type: "text", text: String(clip(b.text, LIMITS.transcriptTextChars)) }];
    if (b.type === "thinking" && typeof b.thinking === "string" && b.thinking.trim()) return [{ type: "reasoning", text: String(clip(b.thinking, LIMITS.transcriptTextChars)) }];
    if (b.type === "tool_use" && typeof b.name === "string") {
      return [{ type: "tool", name: b.name, state: "running", input: clip(b.input ?? {}, LIMITS.toolChars), ...(typeof b.id === "string" ? { callId: b.id } : {}) }];
    }
    return [];
  });
}

/** What one line of Claude Code's stdout means. */
export function readAgentLine(line: string): AgentLine {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return { type: "garbage", line };
  }
  if (!isRecord(o)) return { type: "garbage", line };
  switch (o.type) {
    case "system":
      return o.subtype === "session_state_changed" && STATES.includes(o.state) ? { type: "state", state: o.state } : { type: "other" };
    case "assistant": {
      const parts = assistantParts(o.message?.content);
      return parts.length ? { type: "parts", parts } : { type: "other" };
    }
    case "user": {
      if (o.isReplay === true && typeof o.uuid === "string") return { type: "echo", uuid: o.uuid };
      const content = o.message?.content;
      const results = (Array.isArray(content) ? content : [])
        .filter((b: unknown) => isRecord(b) && b.type === "tool_result" && typeof b.tool_use_id === "string")
        .map((b: any) => {
          // The structured result (stdout, stderr, …) when there is one; a single result's is on the line.
          const output = content.length === 1 && o.tool_use_result !== undefined ? o.tool_use_result : b.content;
          return { callId: b.tool_use_id as string, output: clip(output, LIMITS.toolChars), isError: b.is_error === true };
        });
      return results.length ? { type: "tool_results", results } : { type: "other" };
    }
    case "result": {
      const isError = o.is_error === true;
      const errors = Array.isArray(o.errors) ? o.errors.filter((e: unknown) => typeof e === "string") : [];
      const error = [typeof o.result === "string" ? o.result : "", ...errors].filter(Boolean).join("; ") || `turn ended: ${String(o.subtype ?? "error")}`;
      return { type: "result", isError, error };
    }
    case "control_request":
      if (o.request?.subtype === "can_use_tool" && typeof o.request_id === "string") {
        const r = o.request;
        return { type: "permission", request: o.request_id, tool: String(r.tool_name ?? "tool"), input: isRecord(r.input) ? r.input : {}, description: typeof r.description === "string" ? r.description : null };
      }
      return { type: "other" };
    case "control_cancel_request":
      return typeof o.request_id === "string" ? { type: "permission_cancelled", request: o.request_id } : { type: "other" };
    default:
      return { type: "other" };
  }
}

/** Lines for the agent's stdin. Only JSON.stringify output: a line that is not JSON kills the agent. */
export const agentInput = {
  user: (uuid: string, text: string) => JSON.stringify({ type: "user", message: { role: "user", content: text }, uuid }) + "\n",
  interrupt: (request: string) => JSON.stringify({ type: "control_request", request_id: request, request: { subtype: "interrupt" } }) + "\n",
  allow: (request: string, input: Record<string, unknown>) =>
    JSON.stringify({ type: "control_response", response: { subtype: "success", request_id: request, response: { behavior: "allow", updatedInput: input } } }) + "\n",
  deny: (request: string, message: string) =>
    JSON.stringify({ type: "control_response", response: { subtype: "success", request_id: request, response: { behavior: "deny", message } } }) + "\n",
};

/** The arguments that make Claude Code a supervised agent: stream-json both ways, cairn's session id. */
export function agentArgs(options: { agentSession: string; resume: boolean; ask: boolean }): string[] {
  return [
    "-p",
    "--input-format",
    "stream-json",
    "--output-format",
    "stream-json",
    "--verbose",
    "--replay-user-messages",
    ...(options.resume ? ["--resume", options.agentSession] : ["--session-id", options.agentSession]),
    ...(options.ask ? ["--permission-prompt-tool", "stdio"] : []),
  ];
}
