/**
 * Codex rollouts (`$CODEX_HOME/sessions/YYYY/MM/DD/rollout-<time>-<thread>.jsonl`, lines
 * `{timestamp, type, payload}`) read into the shared log shape: the person's prompts (the
 * `UserMessage` items, not the context Codex adds as user messages), the model's messages,
 * reasoning summaries and tool calls, and each call's result with whether it failed (from the
 * finished item's status and exit code).
 */
import { LIMITS } from "../../domain/limits.ts";
import type { Part } from "../../domain/message.ts";
import { clip } from "../core/clip.ts";
import { countSkipped, pairResults, type AgentLog, type ImportSummary, type LogMessage, type LogResult } from "../core/import.ts";
import { isRecord, type Rec } from "../../domain/json.ts";
import { itemFailed } from "./item.ts";


const texts = (content: unknown): string =>
  Array.isArray(content)
    ? content
        .map((c) => (isRecord(c) && typeof c.text === "string" ? c.text : ""))
        .filter(Boolean)
        .join("\n")
    : typeof content === "string"
      ? content
      : "";

/** The shell tool under the name and input the hooks report (`Bash`, `{command}`), so both agree. */
export function toolCall(name: string, args: unknown): { name: string; input: unknown } {
  let input: unknown = args;
  if (typeof args === "string") {
    try {
      input = JSON.parse(args);
    } catch {}
  }
  if ((name === "exec_command" || name === "shell" || name === "shell_command") && isRecord(input)) {
    const command = Array.isArray(input.cmd ?? input.command) ? (input.cmd ?? input.command).join(" ") : (input.cmd ?? input.command);
    return { name: "Bash", input: { command } };
  }
  return { name, input };
}

/** Parses one rollout; never throws on bad lines, it counts them. */
export function parseRollout(text: string, file: string, summary: ImportSummary): AgentLog[] {
  const fallback = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.jsonl$/.exec(file)?.[1] ?? file.split("/").pop()!.replace(/\.jsonl$/, "");
  const log: AgentLog = { id: fallback, messages: [], results: [] };
  const failed = new Map<string, boolean>();
  const outputs: Array<{ callId: string; output: unknown }> = [];
  const lines = text.split("\n");
  lines.forEach((raw, n) => {
    if (raw.trim() === "") return;
    let line: unknown;
    try {
      line = JSON.parse(raw);
    } catch {
      return countSkipped(summary, "malformed"); // including a last line cut off mid-write
    }
    if (!isRecord(line) || !isRecord(line.payload)) return countSkipped(summary, "malformed");
    const p = line.payload;
    const parsedTs = typeof line.timestamp === "string" ? Date.parse(line.timestamp) : NaN;
    const ts = Number.isNaN(parsedTs) ? Date.now() : parsedTs;
    const add = (id: unknown, role: LogMessage["role"], parts: Part[]) => {
      if (parts.length > 0) log.messages.push({ id: typeof id === "string" && id ? id : `line-${n + 1}`, role, parts, ts });
    };
    if (line.type === "session_meta") {
      if (typeof p.id === "string") log.id = p.id;
      if (typeof p.cwd === "string") log.cwd = p.cwd;
    } else if (line.type === "event_msg" && p.type === "item_completed" && isRecord(p.item)) {
      const item = p.item;
      if (item.type === "UserMessage") {
        const prompt = texts(item.content);
        add(item.id, "user", prompt.trim() ? [{ type: "text", text: String(clip(prompt, LIMITS.promptChars)) }] : []);
      } else if (typeof item.id === "string" && item.status !== undefined) failed.set(item.id, itemFailed(item));
    } else if (line.type === "response_item") {
      switch (p.type) {
        case "message": {
          if (p.role !== "assistant") return; // the person's words come from UserMessage items; the rest is context Codex adds
          const reply = texts(p.content);
          add(p.id, "assistant", reply.trim() ? [{ type: "text", text: String(clip(reply, LIMITS.transcriptTextChars)) }] : []);
          return;
        }
        case "reasoning": {
          const summaryText = texts(p.summary);
          add(p.id, "assistant", summaryText.trim() ? [{ type: "reasoning", text: String(clip(summaryText, LIMITS.transcriptTextChars)) }] : []);
          return;
        }
        case "function_call":
        case "custom_tool_call":
        case "local_shell_call": {
          const callId = typeof p.call_id === "string" ? p.call_id : undefined;
          const { name, input } = toolCall(String(p.name ?? p.type), p.arguments ?? p.input ?? p.action);
          add(p.id ?? callId, "assistant", [{ type: "tool", name, state: "running", input: clip(input, LIMITS.toolChars), ...(callId ? { callId } : {}) }]);
          return;
        }
        case "function_call_output":
        case "custom_tool_call_output":
          if (typeof p.call_id === "string") outputs.push({ callId: p.call_id, output: p.output });
          return;
        default:
          countSkipped(summary, `response_item ${String(p.type)}`);
      }
    }
  });
  for (const { callId, output } of outputs) {
    const text = typeof output === "string" ? output : isRecord(output) && typeof output.content === "string" ? output.content : output;
    const exit = typeof text === "string" ? /Process exited with code (\d+)/.exec(text)?.[1] : undefined;
    const result: LogResult = { callId, output: clip(text, LIMITS.toolChars), isError: failed.get(callId) ?? (exit !== undefined && exit !== "0") };
    log.results.push(result);
  }
  pairResults(log);
  return [log];
}
