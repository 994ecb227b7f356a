/**
 * Gemini CLI chats (0.61: `~/.gemini/tmp/<project>/chats/session-<time>-<id8>.jsonl`; older
 * versions wrote one `session-*.json` object) read into the shared log shape. A `.jsonl` chat is
 * a log of records replayed the way Gemini CLI loads it: a record with an `id` adds or replaces
 * that message (a reply is written once empty, then again with its tool calls), `$set` updates
 * the metadata (a `messages` list replaces them all, as a resumed session does), and
 * `$rewindTo` drops a message and everything after it. The project's folder is in
 * `<project>/.project_root`, beside `chats/`.
 */
import { LIMITS } from "../../domain/limits.ts";
import type { Part, ToolState } from "../../domain/message.ts";
import { clip } from "../core/clip.ts";
import { countSkipped, pairResults, type AgentLog, type ImportSummary, type LogMessage } from "../core/import.ts";
import { isRecord, type Rec } from "../../domain/json.ts";


/** The text of a message's content (a string, or parts). */
const contentText = (content: unknown): string =>
  typeof content === "string"
    ? content
    : Array.isArray(content)
      ? content
          .map((p) => (isRecord(p) && typeof p.text === "string" && p.thought !== true ? p.text : ""))
          .filter(Boolean)
          .join("")
      : isRecord(content) && typeof content.text === "string"
        ? content.text
        : "";

/** What Gemini CLI itself leaves out of a resumed conversation: commands and the context it adds. */
const notWords = (text: string) => text === "" || text.startsWith("/") || text.startsWith("?") || text.startsWith("<session_context>") || text.startsWith("<hook_context>");

const STATES: Record<string, ToolState> = { success: "completed", error: "error", cancelled: "error", executing: "running", scheduled: "pending", validating: "pending", awaiting_approval: "pending" };

/** A function response's content as cairn keeps it: its `output`, or its `error`. */
function responseOutput(result: unknown): unknown {
  const parts = Array.isArray(result) ? result : [result];
  const responses = parts.map((p) => (isRecord(p) && isRecord(p.functionResponse) ? p.functionResponse.response : undefined)).filter((r) => r !== undefined);
  if (responses.length === 0) return result;
  return responses.length === 1 ? responses[0] : responses;
}
const isErrorResponse = (output: unknown) => isRecord(output) && output.error !== undefined && output.error !== null;

/** The messages of one chat file, in order, as Gemini CLI would load them. */
function chatRecords(text: string, file: string, summary: ImportSummary): { meta: Rec; messages: Rec[] } {
  const messages = new Map<string, Rec>();
  let meta: Rec = {};
  const take = (list: unknown) => {
    if (Array.isArray(list)) for (const m of list) if (isRecord(m) && typeof m.id === "string") messages.set(m.id, m);
  };
  if (file.endsWith(".json")) {
    try {
      const whole = JSON.parse(text);
      if (!isRecord(whole)) throw new Error("not an object");
      const { messages: list, ...rest } = whole;
      meta = rest;
      take(list);
    } catch {
      countSkipped(summary, "malformed");
    }
    return { meta, messages: [...messages.values()] };
  }
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch {
      countSkipped(summary, "malformed"); // including a last line cut off mid-write
      continue;
    }
    if (!isRecord(record)) {
      countSkipped(summary, "malformed");
    } else if (typeof record.$rewindTo === "string") {
      const ids = [...messages.keys()];
      const from = ids.indexOf(record.$rewindTo);
      for (const id of from === -1 ? ids : ids.slice(from)) messages.delete(id);
    } else if (typeof record.id === "string") {
      messages.set(record.id, record);
    } else if (isRecord(record.$set)) {
      const { messages: list, ...rest } = record.$set;
      if (Array.isArray(list)) {
        messages.clear();
        take(list);
      }
      meta = { ...meta, ...rest };
    } else if (typeof record.sessionId === "string") {
      const { messages: list, ...rest } = record;
      meta = { ...meta, ...rest };
      take(list);
    } else countSkipped(summary, "malformed");
  }
  return { meta, messages: [...messages.values()] };
}

/** The project folder Gemini CLI keeps beside a project's `chats/` (undefined when not found). */
function projectRoot(file: string): string | undefined {
  const at = file.lastIndexOf("/chats/");
  if (at === -1) return undefined;
  // Loaded here: the hooks' start-up path reaches this module and must not pay for node:fs.
  const { readFileSync } = require("node:fs") as typeof import("node:fs");
  try {
    return readFileSync(`${file.slice(0, at)}/.project_root`, "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Parses one chat file; never throws on bad records, it counts them. Each piece of a reply gets
 * its own id (`<message>`, `<message>:thoughts`, `<message>:<call id>`), so a reply that gains
 * its tool calls after an import still brings them on the next one.
 */
export function parseChat(text: string, file: string, summary: ImportSummary): AgentLog[] {
  const { meta, messages } = chatRecords(text, file, summary);
  const fallback = file.split("/").pop()!.replace(/\.jsonl?$/, "");
  const log: AgentLog = { id: typeof meta.sessionId === "string" ? meta.sessionId : fallback, cwd: projectRoot(file), messages: [], results: [] };
  const calls = new Set<string>();
  for (const m of messages) {
    const parsed = Date.parse(String(m.timestamp));
    const ts = Number.isNaN(parsed) ? Date.now() : parsed;
    const add = (id: string, role: LogMessage["role"], parts: Part[]) => void (parts.length > 0 && log.messages.push({ id, role, parts, ts }));
    if (m.type === "user") {
      const words = contentText(m.content);
      if (!notWords(words.trim())) add(m.id, "user", [{ type: "text", text: String(clip(words, LIMITS.promptChars)) }]);
      // A resumed chat keeps tool results as the user's function responses.
      for (const p of Array.isArray(m.content) ? m.content : [])
        if (isRecord(p) && isRecord(p.functionResponse) && typeof p.functionResponse.id === "string") {
          const output = p.functionResponse.response;
          log.results.push({ callId: p.functionResponse.id, output: clip(output, LIMITS.toolChars), isError: isErrorResponse(output) });
        }
    } else if (m.type === "gemini") {
      // As Gemini itself shows them (and ACP sends them to a supervisor): "**subject**\ndescription" each.
      const thoughts = Array.isArray(m.thoughts) ? m.thoughts.map((t: unknown) => (isRecord(t) ? `**${String(t.subject ?? "")}**\n${String(t.description ?? "")}` : "")).join("") : "";
      if (thoughts) add(`${m.id}:thoughts`, "assistant", [{ type: "reasoning", text: String(clip(thoughts, LIMITS.transcriptTextChars)) }]);
      const reply = contentText(m.content);
      if (reply.trim()) add(m.id, "assistant", [{ type: "text", text: String(clip(reply, LIMITS.transcriptTextChars)) }]);
      for (const call of Array.isArray(m.toolCalls) ? m.toolCalls : []) {
        if (!isRecord(call) || typeof call.name !== "string" || typeof call.id !== "string") continue;
        calls.add(call.id);
        const output = call.result === undefined ? undefined : responseOutput(call.result);
        const state = STATES[String(call.status)] ?? (output === undefined ? "running" : isErrorResponse(output) ? "error" : "completed");
        const part: Part = { type: "tool", name: call.name, state, input: clip(call.args, LIMITS.toolChars), callId: call.id, ...(output !== undefined ? { output: clip(output, LIMITS.toolChars) } : {}) };
        add(`${m.id}:${call.id}`, "assistant", [part]);
        if (state === "completed" || state === "error") log.results.push({ callId: call.id, output: clip(output, LIMITS.toolChars), isError: state === "error" });
      }
      // A resumed chat keeps tool calls as function calls in the reply's content.
      for (const p of Array.isArray(m.content) ? m.content : []) {
        const fc = isRecord(p) && isRecord(p.functionCall) ? p.functionCall : undefined;
        if (!fc || typeof fc.name !== "string" || typeof fc.id !== "string" || calls.has(fc.id)) continue;
        calls.add(fc.id);
        add(`${m.id}:${fc.id}`, "assistant", [{ type: "tool", name: fc.name, state: "running", input: clip(fc.args, LIMITS.toolChars), callId: fc.id }]);
      }
    } else countSkipped(summary, `${String(m.type)} message`);
  }
  pairResults(log);
  return [log];
}
