/**
 * Claude Code transcripts (JSON Lines under ~/.claude/projects/<dir>/<session>.jsonl) read into
 * cairn's shape. The same reading serves a hook (only the lines added since its last look) and
 * `cairn import claude` (whole files), so both record the same messages under the same ids.
 *
 * What a line becomes:
 * - a person's prompt: a user message; its key comes from Claude's prompt id and text, the same
 *   key the UserPromptSubmit hook uses, so the prompt is recorded once whichever comes first;
 * - Claude's thinking and text: an assistant message keyed by the line's uuid;
 * - a tool call: its own assistant message keyed by the call id (as PreToolUse records it);
 * - a tool result: completes the call it answers;
 * - lines that are not the person's words (see `promptRole`): a system message, or nothing;
 * - an API error Claude Code wrote as a reply: a system message that marks the turn failed;
 * - `summary`: a title for the session that owns its `leafUuid`.
 */
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import type { Part } from "../../domain/message.ts";
import { clip } from "../core/clip.ts";

const MAX_TOOL_CHARS = LIMITS.toolChars;
const MAX_TEXT_CHARS = LIMITS.transcriptTextChars;

/** A message to record, under a key unique within its session. */
export interface MessageEntry {
  type: "message";
  key: string;
  role: "user" | "assistant" | "system";
  parts: Part[];
  ts: number;
  /** The transcript line it came from. */
  uuid: string;
  sessionId: string;
  /** A subagent's id, when the line is from a subagent's transcript. */
  agentId?: string;
  cwd?: string;
  /** Claude Code wrote an API error in place of a reply. */
  apiError?: boolean;
}

/** A tool result: it completes the call made earlier under `callId`. */
export interface ResultEntry {
  type: "result";
  callId: string;
  output: Json | undefined;
  isError: boolean;
  sessionId: string;
  agentId?: string;
}

export type Entry = MessageEntry | ResultEntry;

export interface Transcript {
  entries: Entry[];
  /** `summary` lines: a title for whichever session holds the line `leafUuid`. */
  titles: Array<{ title: string; leafUuid?: string; sessionId: string }>;
  /** Every conversation line's uuid, by session (to find who owns a summary's leaf). */
  uuids: Map<string, { sessionId: string; agentId?: string; last: boolean }>;
  /** Lines skipped, by reason ("malformed", "meta", or the line type). */
  skipped: Map<string, number>;
}

type Line = Record<string, unknown>;
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const hash = (text: string) => Bun.hash(text).toString(16);

/** The key of a prompt: the UserPromptSubmit hook and the transcript line compute the same one. */
export const promptKey = (promptId: string, text: string): string => `p:${hash(`${promptId}\n${text}`)}`;
/**
 * The key of a subagent's opening prompt (its transcript's first line): one per subagent session.
 * The SubagentStart hook records it from the parent's Agent call before that line is written.
 */
export const OPENING_KEY = "p:opening";
/** The key of a tool call's message. */
export const callKey = (callId: string): string => `t:${callId}`;
/** The key of a reply recorded from a hook payload before its line reached the transcript. */
export const replyKey = (promptId: string, text: string): string => `r:${hash(`${promptId}\n${text}`)}`;

const between = (text: string, tag: string): string | undefined => text.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1]?.trim();

/**
 * Whose words a user text is. Claude Code puts more than the person's prompts in user lines
 * (and in UserPromptSubmit): slash commands and their output, caveats, compaction summaries,
 * interruption notes, subagent notifications. Returns the role and text to record, or nothing.
 */
export function promptRole(text: string, line: Line = {}): { role: "user" | "system"; text: string } | undefined {
  const t = text.trimStart();
  if (line.isCompactSummary === true) return { role: "system", text: "(conversation compacted)" };
  if (line.isMeta === true) return undefined;
  if (t.startsWith("<command-name>")) {
    const args = between(t, "command-args");
    return { role: "system", text: `${between(t, "command-name") ?? "command"}${args ? ` ${args}` : ""}` };
  }
  if (/^<(local-command-stdout|local-command-stderr|local-command-caveat|bash-stdout|bash-stderr|system-reminder)>/.test(t)) return undefined;
  if (t.startsWith("<bash-input>")) return { role: "user", text: `! ${between(t, "bash-input") ?? ""}` };
  if (t.startsWith("<task-notification>")) return { role: "system", text: `subagent ${between(t, "status") ?? "finished"}: ${between(t, "summary") ?? ""}`.trim() };
  if (t.startsWith("[Request interrupted by user")) return { role: "system", text: t.split("\n")[0]! };
  return { role: "user", text };
}

/** tool_result content is a string or a list of blocks; keep the text. */
function resultText(content: unknown): Json | undefined {
  if (typeof content === "string") return clip(content, MAX_TOOL_CHARS);
  if (Array.isArray(content)) {
    const texts: string[] = [];
    for (const b of content) texts.push(isRecord(b) && typeof b.text === "string" ? b.text : isRecord(b) ? `[${String(b.type)}]` : String(b));
    return clip(texts.join("\n"), MAX_TOOL_CHARS);
  }
  return clip(content, MAX_TOOL_CHARS);
}

/** A content block other than text, tool_use and tool_result, as a cairn part. */
function otherPart(block: Record<string, unknown>): Part | undefined {
  switch (block.type) {
    case "thinking":
      return typeof block.thinking === "string" && block.thinking.trim() ? { type: "reasoning", text: String(clip(block.thinking, MAX_TEXT_CHARS)) } : undefined;
    case "redacted_thinking":
      return { type: "reasoning", text: "(redacted)" };
    case "image": {
      // The image data itself is not kept (it can be megabytes); what it was is.
      const source = isRecord(block.source) ? block.source : {};
      const data = typeof source.data === "string" ? source.data : "";
      const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
      return { type: "image", mime: typeof source.media_type === "string" ? source.media_type : null, bytes: Math.floor((data.length * 3) / 4) - padding };
    }
    default:
      // Unknown block types are kept verbatim (cut to size), never dropped.
      return { ...(clip(block, MAX_TOOL_CHARS) as Record<string, Json>), type: String(block.type) } as Part;
  }
}

const toolPart = (block: Record<string, unknown>): Part => ({
  type: "tool",
  name: String(block.name ?? "tool"),
  state: "running",
  input: clip(block.input, MAX_TOOL_CHARS),
  ...(typeof block.id === "string" ? { callId: block.id } : {}),
});

/** What one user or assistant line says, as entries in order. */
export function lineEntries(line: Line, fallbackSessionId: string, skipped: Map<string, number>): Entry[] {
  const sessionId = typeof line.sessionId === "string" ? line.sessionId : fallbackSessionId;
  const agentId = line.isSidechain === true && typeof line.agentId === "string" ? line.agentId : undefined;
  const uuid = line.uuid as string;
  const parsed = typeof line.timestamp === "string" ? Date.parse(line.timestamp) : NaN;
  const ts = Number.isNaN(parsed) ? Date.now() : parsed;
  const cwd = typeof line.cwd === "string" ? line.cwd : undefined;
  const content = (line.message as Line).content;
  const blocks = Array.isArray(content) ? content : [content];
  const base = { type: "message" as const, ts, uuid, sessionId, ...(agentId ? { agentId } : {}), ...(cwd ? { cwd } : {}) };
  const entries: Entry[] = [];

  if (line.type === "user") {
    const texts: string[] = [];
    const others: Part[] = [];
    for (const block of blocks) {
      if (typeof block === "string") texts.push(block);
      else if (!isRecord(block)) continue;
      else if (block.type === "text" && typeof block.text === "string") texts.push(block.text);
      else if (block.type === "tool_result" && typeof block.tool_use_id === "string") {
        entries.push({ type: "result", callId: block.tool_use_id, output: resultText(block.content), isError: block.is_error === true, sessionId, ...(agentId ? { agentId } : {}) });
      } else {
        const part = otherPart(block);
        if (part) others.push(part);
      }
    }
    const text = texts.join("\n");
    if (text.trim() === "" && others.length === 0) return entries;
    const said = text.trim() === "" ? { role: "user" as const, text: "" } : promptRole(text, line);
    if (!said) {
      count(skipped, "meta");
      return entries;
    }
    const parts: Part[] = [...(said.text.trim() ? [{ type: "text", text: String(clip(said.text, MAX_TEXT_CHARS)) } as Part] : []), ...others];
    if (parts.length === 0) return entries;
    const opening = agentId !== undefined && line.parentUuid === null && said.role === "user";
    const key = opening ? OPENING_KEY : typeof line.promptId === "string" ? promptKey(line.promptId, text) : `l:${uuid}`;
    entries.push({ ...base, key, role: said.role, parts });
    return entries;
  }

  // An assistant line: thinking and text in one message, each tool call in its own.
  const apiError = line.isApiErrorMessage === true;
  const said: Part[] = [];
  const calls: Entry[] = [];
  for (const block of blocks) {
    if (typeof block === "string") said.push({ type: "text", text: String(clip(block, MAX_TEXT_CHARS)) });
    else if (!isRecord(block)) continue;
    else if (block.type === "text") {
      if (typeof block.text === "string" && block.text.trim()) said.push({ type: "text", text: String(clip(block.text, MAX_TEXT_CHARS)) });
    } else if (block.type === "tool_use" && typeof block.id === "string") {
      calls.push({ ...base, key: callKey(block.id), role: "assistant", parts: [toolPart(block)] });
    } else {
      const part = otherPart(block);
      if (part) said.push(part);
    }
  }
  if (said.length > 0) entries.push({ ...base, key: `l:${uuid}`, role: apiError ? "system" : "assistant", parts: said, ...(apiError ? { apiError } : {}) });
  entries.push(...calls);
  return entries;
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

/** A conversation line (user or assistant with a message), or why the line was skipped. */
function conversationLine(raw: string, skipped: Map<string, number>, titles?: Transcript["titles"], fallbackSessionId = ""): Line | undefined {
  if (raw.trim() === "") return undefined;
  let line: unknown;
  try {
    line = JSON.parse(raw);
  } catch {
    count(skipped, "malformed"); // including a last line cut off mid-write
    return undefined;
  }
  if (!isRecord(line)) {
    count(skipped, "malformed");
    return undefined;
  }
  if (line.type === "summary" && typeof line.summary === "string") {
    titles?.push({ title: line.summary, ...(typeof line.leafUuid === "string" ? { leafUuid: line.leafUuid } : {}), sessionId: typeof line.sessionId === "string" ? line.sessionId : fallbackSessionId });
    return undefined;
  }
  if ((line.type === "user" || line.type === "assistant") && typeof line.uuid === "string" && isRecord(line.message)) return line;
  count(skipped, typeof line.type === "string" ? line.type : "untyped");
  return undefined;
}

/** Entries of lines in the order they were written (what a hook reads since its last look). */
export function entriesOf(lines: string[], fallbackSessionId: string): Entry[] {
  const skipped = new Map<string, number>();
  const entries: Entry[] = [];
  for (const raw of lines) {
    // Most new bytes are bookkeeping lines (request snapshots, attachments): skip them unparsed.
    if (!raw.includes('"type":"user"') && !raw.includes('"type":"assistant"') && !raw.includes('"type": "user"') && !raw.includes('"type": "assistant"')) continue;
    const line = conversationLine(raw, skipped);
    if (line) entries.push(...lineEntries(line, fallbackSessionId, skipped));
  }
  return entries;
}

/** Parses a whole transcript, threaded by parentUuid; never throws on bad lines, it counts them. */
export function parseTranscript(text: string, fallbackSessionId: string): Transcript {
  const skipped = new Map<string, number>();
  const titles: Transcript["titles"] = [];
  const lines: Line[] = [];
  for (const raw of text.split("\n")) {
    const line = conversationLine(raw, skipped, titles, fallbackSessionId);
    if (line) lines.push(line);
  }
  const uuids: Transcript["uuids"] = new Map();
  lines.forEach((line, i) => {
    const sessionId = typeof line.sessionId === "string" ? line.sessionId : fallbackSessionId;
    const agentId = line.isSidechain === true && typeof line.agentId === "string" ? line.agentId : undefined;
    uuids.set(line.uuid as string, { sessionId, ...(agentId ? { agentId } : {}), last: i === lines.length - 1 });
  });
  const entries = threadOrder(lines).flatMap((line) => lineEntries(line, fallbackSessionId, skipped));
  return { entries, titles, uuids, skipped };
}
