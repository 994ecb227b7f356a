/**
 * Claude Code transcripts (JSON Lines under ~/.claude/projects/<dir>/<session>.jsonl) read
 * into cairn's shape: one entry per user or assistant line, threaded by parentUuid, with
 * tool results paired to the tool calls they answer.
 */
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import type { Part, ToolPart } from "../../domain/message.ts";
import { clip } from "../core/clip.ts";

export interface TranscriptMessage {
  uuid: string;
  sessionId: string;
  role: "user" | "assistant";
  parts: Part[];
  ts: number;
  cwd?: string;
}

/** A tool result found in a user line: it completes a tool call made earlier. */
export interface ToolResult {
  sessionId: string;
  callId: string;
  output: Json | undefined;
  isError: boolean;
}

export interface Transcript {
  messages: TranscriptMessage[];
  /** Every tool result, also those already paired with a call in this file. */
  results: ToolResult[];
  /** Session id → title from `summary` lines. */
  titles: Map<string, string>;
  /** Lines skipped, by reason ("malformed", or the unknown line type). */
  skipped: Map<string, number>;
}

type Line = Record<string, unknown>;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** tool_result content is a string or a list of blocks; keep the text. */
function resultText(content: unknown): Json | undefined {
  if (typeof content === "string") return clip(content, LIMITS.toolChars);
  if (Array.isArray(content)) {
    const texts = content.map((b) => (isRecord(b) && typeof b.text === "string" ? b.text : isRecord(b) ? `[${String(b.type)}]` : String(b)));
    return clip(texts.join("\n"), LIMITS.toolChars);
  }
  return clip(content, LIMITS.toolChars);
}

/** One content block as a cairn part; tool results are returned separately. */
function blockToPart(block: unknown, sessionId: string, results: ToolResult[]): Part | undefined {
  if (typeof block === "string") return { type: "text", text: String(clip(block, LIMITS.transcriptTextChars)) };
  if (!isRecord(block)) return undefined;
  switch (block.type) {
    case "text":
      return typeof block.text === "string" && block.text.trim() ? { type: "text", text: String(clip(block.text, LIMITS.transcriptTextChars)) } : undefined;
    case "thinking":
      return typeof block.thinking === "string" && block.thinking.trim() ? { type: "reasoning", text: String(clip(block.thinking, LIMITS.transcriptTextChars)) } : undefined;
    case "redacted_thinking":
      return { type: "reasoning", text: "(redacted)" };
    case "tool_use":
      return { type: "tool", name: String(block.name ?? "tool"), state: "running", input: clip(block.input, LIMITS.toolChars), ...(typeof block.id === "string" ? { callId: block.id } : {}) };
    case "tool_result":
      if (typeof block.tool_use_id === "string") results.push({ sessionId, callId: block.tool_use_id, output: resultText(block.content), isError: block.is_error === true });
      return undefined;
    case "image": {
      // The image data itself is not kept (it can be megabytes); what it was is.
      const source = isRecord(block.source) ? block.source : {};
      const data = typeof source.data === "string" ? source.data : "";
      const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
      return { type: "image", mime: typeof source.media_type === "string" ? source.media_type : null, bytes: Math.floor((data.length * 3) / 4) - padding };
    }
    default:
      // Unknown block types are kept verbatim (cut to size), never dropped.
      return { ...(clip(block, LIMITS.toolChars) as Record<string, Json>), type: String(block.type) } as Part;
  }
}

/** Parents before children, siblings in file order; lines whose parent is missing start a thread. */
function threadOrder(lines: Line[]): Line[] {
  const byUuid = new Map(lines.map((l) => [l.uuid as string, l]));
  const children = new Map<string, Line[]>();
  const roots: Line[] = [];
  for (const line of lines) {
    const parent = typeof line.parentUuid === "string" ? line.parentUuid : undefined;
    if (parent && byUuid.has(parent) && parent !== line.uuid) {
      const list = children.get(parent) ?? [];
      list.push(line);
      children.set(parent, list);
    } else roots.push(line);
  }
  const ordered: Line[] = [];
  const seen = new Set<Line>();
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const line = stack.pop()!;
    if (seen.has(line)) continue;
    seen.add(line);
    ordered.push(line);
    stack.push(...[...(children.get(line.uuid as string) ?? [])].reverse());
  }
  // A cycle in parentUuid leaves lines unreached: keep them, in file order.
  for (const line of lines) if (!seen.has(line)) ordered.push(line);
  return ordered;
}

/** Parses a transcript's text; never throws on bad lines, it counts them. */
export function parseTranscript(text: string, fallbackSessionId: string): Transcript {
  const skipped = new Map<string, number>();
  const titles = new Map<string, string>();
  const conversation: Line[] = [];
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") continue;
    let line: unknown;
    try {
      line = JSON.parse(raw);
    } catch {
      count(skipped, "malformed"); // including a last line cut off mid-write
      continue;
    }
    if (!isRecord(line)) {
      count(skipped, "malformed");
      continue;
    }
    if (line.type === "summary" && typeof line.summary === "string") {
      titles.set(typeof line.sessionId === "string" ? line.sessionId : fallbackSessionId, line.summary);
    } else if ((line.type === "user" || line.type === "assistant") && typeof line.uuid === "string" && isRecord(line.message)) {
      conversation.push(line);
    } else {
      count(skipped, typeof line.type === "string" ? line.type : "untyped");
    }
  }
  const messages: TranscriptMessage[] = [];
  const results: ToolResult[] = [];
  for (const line of threadOrder(conversation)) {
    const sessionId = typeof line.sessionId === "string" ? line.sessionId : fallbackSessionId;
    const content = (line.message as Line).content;
    const blocks = Array.isArray(content) ? content : [content];
    const parts = blocks.map((b) => blockToPart(b, sessionId, results)).filter((p): p is Part => p !== undefined);
    if (parts.length === 0) continue; // only tool results: they complete earlier calls
    const ts = typeof line.timestamp === "string" ? Date.parse(line.timestamp) : NaN;
    messages.push({
      uuid: line.uuid as string,
      sessionId,
      role: line.type as "user" | "assistant",
      parts,
      ts: Number.isNaN(ts) ? Date.now() : ts,
      cwd: typeof line.cwd === "string" ? line.cwd : undefined,
    });
  }
  // Pair results with calls made in this same file before anything is written.
  const byCall = new Map<string, ToolPart>();
  for (const m of messages) for (const p of m.parts) if (p.type === "tool" && (p as ToolPart).callId) byCall.set((p as ToolPart).callId!, p as ToolPart);
  for (const r of results) {
    const call = byCall.get(r.callId);
    if (!call) continue;
    call.state = r.isError ? "error" : "completed";
    if (r.output !== undefined) call.output = r.output;
  }
  // All results are returned: a call imported earlier, while it was still running, needs them too.
  return { messages, results, titles, skipped };
}
