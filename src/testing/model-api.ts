/**
 * A scripted stand-in for the Anthropic Messages API, for driving the real Claude Code (and any
 * other client of the API) offline. Tests choose every reply, can hold or delay one, answer with
 * an API error, and read back every request body that reached "the model".
 *
 *   const api = await startModelApi(byPrompt({ "list the files": [toolUse("Bash", { command: "ls" }), text("Two files.")] }));
 *   // ANTHROPIC_BASE_URL=api.url … then: api.requests, api.waitForRequest(…), api.close()
 *
 * A script is a function from the request to the next reply. `byPrompt` builds one from rules
 * keyed by text in the conversation's latest prompt: the n-th reply of a rule answers the n-th
 * model call of that turn (tool results come back as calls of the same turn), so a script does
 * not depend on timing or on how often the client retries.
 */

import { startStandIn, type StandIn } from "./stand-in.ts";

export type Block =
  | { type: "text"; text: string }
  | { type: "thinking"; thinking: string }
  | { type: "tool_use"; name: string; input: Record<string, unknown>; id?: string };

/** An API error instead of a reply: the HTTP status and the error's type (`overloaded_error`, …). */
export interface ApiError {
  status: number;
  type: string;
  message: string;
}

export interface Reply {
  blocks: Block[];
  /** Defaults to `tool_use` when a block calls a tool, else `end_turn`. */
  stopReason?: string;
  /** Answer only after this many milliseconds (a slow model). */
  delayMs?: number;
  /** Answer only once this settles: a test holds the model "thinking" while it looks at cairn. */
  hold?: Promise<unknown>;
  /** Send this error (after any delay or hold) instead of a reply. */
  error?: ApiError;
}

/** One request as the stand-in received it. */
export interface ModelRequest {
  /** Epoch ms when it arrived. */
  ts: number;
  method: string;
  path: string;
  /** The parsed JSON body (null for a body that is not JSON). */
  body: any;
  /** A request without tools: Claude Code's side requests (session titles and the like). */
  side: boolean;
  /** The text of the latest prompt (see `latestPrompt`). */
  prompt: string;
  /** How many assistant messages the conversation holds after that prompt (0: the turn's first call). */
  step: number;
}

export type Script = (request: ModelRequest) => Reply | Promise<Reply>;

export const text = (value: string): Block => ({ type: "text", text: value });
export const thinking = (value: string): Block => ({ type: "thinking", thinking: value });
export const toolUse = (name: string, input: Record<string, unknown>, id?: string): Block => ({ type: "tool_use", name, input, ...(id ? { id } : {}) });
/** A reply of one or more blocks. */
export const reply = (...blocks: Block[]): Reply => ({ blocks });
export const apiError = (status: number, type: string, message = type): Reply => ({ blocks: [], error: { status, type, message } });

const isRecord = (v: unknown): v is Record<string, any> => v !== null && typeof v === "object" && !Array.isArray(v);

/** All text in a message's content (string or blocks), tool results included. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((b) => (isRecord(b) && typeof b.text === "string" ? b.text : isRecord(b) && b.type === "tool_result" ? contentText(b.content) : ""))
    .join("\n");
}

/**
 * The person's latest words in a user message: its last text block that is not only a system
 * reminder or an interruption note (prompts sent after a failed turn share one message).
 */
function promptText(m: any): string {
  if (m?.role !== "user") return "";
  const blocks = typeof m.content === "string" ? [{ type: "text", text: m.content }] : Array.isArray(m.content) ? m.content : [];
  const words = blocks
    .filter((b: any) => isRecord(b) && b.type === "text" && typeof b.text === "string")
    .map((b: any) => b.text as string)
    .filter((t: string) => !/^\s*<system-reminder>[\s\S]*<\/system-reminder>\s*$/.test(t) && !t.startsWith("[Request interrupted"));
  return words.at(-1) ?? "";
}

/**
 * The latest prompt: the last user message holding words of its own (tool results coming back
 * do not count, though a prompt sent after an interrupted tool shares their message), and how
 * many assistant messages follow it.
 */
export function latestPrompt(body: any): { prompt: string; step: number } {
  const messages: any[] = Array.isArray(body?.messages) ? body.messages : [];
  for (let i = messages.length - 1; i >= 0; i--) {
    const prompt = promptText(messages[i]);
    if (prompt) return { prompt, step: messages.slice(i + 1).filter((x) => x?.role === "assistant").length };
  }
  return { prompt: "", step: 0 };
}

/** What a side request (no tools) gets unless the script says otherwise: a short title. */
export const SIDE_REPLY: Reply = reply(text('{"title": "Scripted session"}'));

/**
 * A script from rules keyed by a phrase of the latest prompt. Each rule lists the turn's
 * replies in order (the last repeats if the client calls again), or is a function of the
 * request. Rules are tried in order; the first whose phrase occurs in the prompt answers.
 * Side requests get `side` (default `SIDE_REPLY`); a prompt no rule matches gets `fallback`.
 */
export function byPrompt(
  rules: Record<string, Reply | Block | Array<Reply | Block> | Script>,
  options: { fallback?: Reply; side?: Reply | Script } = {},
): Script {
  const asReply = (r: Reply | Block): Reply => ("blocks" in r ? r : reply(r as Block));
  return (request) => {
    if (request.side) return typeof options.side === "function" ? options.side(request) : (options.side ?? SIDE_REPLY);
    for (const [phrase, rule] of Object.entries(rules)) {
      if (!request.prompt.includes(phrase)) continue;
      if (typeof rule === "function") return rule(request);
      const list = Array.isArray(rule) ? rule : [rule];
      return asReply(list[Math.min(request.step, list.length - 1)]!);
    }
    return options.fallback ?? reply(text("(no scripted reply for this prompt)"));
  };
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}_stand_in_${process.pid}_${++counter}`;

/** The reply as the server-sent events of a streaming Messages response. */
export function replyEvents(r: Reply, model = "claude-stand-in"): string {
  const out: string[] = [];
  const send = (type: string, data: Record<string, unknown>) => out.push(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  send("message_start", {
    message: { id: nextId("msg"), type: "message", role: "assistant", model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 1 } },
  });
  r.blocks.forEach((block, index) => {
    if (block.type === "text") {
      send("content_block_start", { index, content_block: { type: "text", text: "" } });
      send("content_block_delta", { index, delta: { type: "text_delta", text: block.text } });
    } else if (block.type === "thinking") {
      send("content_block_start", { index, content_block: { type: "thinking", thinking: "", signature: "" } });
      send("content_block_delta", { index, delta: { type: "thinking_delta", thinking: block.thinking } });
      send("content_block_delta", { index, delta: { type: "signature_delta", signature: "stand-in-signature" } });
    } else {
      send("content_block_start", { index, content_block: { type: "tool_use", id: block.id ?? nextId("toolu"), name: block.name, input: {} } });
      send("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: JSON.stringify(block.input) } });
    }
    send("content_block_stop", { index });
  });
  const stopReason = r.stopReason ?? (r.blocks.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn");
  send("message_delta", { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 5 } });
  send("message_stop", {});
  return out.join("");
}

/** The same reply as one JSON message, for clients that do not stream. */
function replyMessage(r: Reply, model = "claude-stand-in") {
  const content = r.blocks.map((b) => (b.type === "tool_use" ? { type: "tool_use", id: b.id ?? nextId("toolu"), name: b.name, input: b.input } : b.type === "thinking" ? { ...b, signature: "stand-in-signature" } : b));
  const stopReason = r.stopReason ?? (r.blocks.some((b) => b.type === "tool_use") ? "tool_use" : "end_turn");
  return { id: nextId("msg"), type: "message", role: "assistant", model, content, stop_reason: stopReason, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 5 } };
}

/** The stand-in: `url` is the base URL to give the client (`ANTHROPIC_BASE_URL`). */
export type ModelApi = StandIn;

/** Starts the stand-in on 127.0.0.1 on a free port. */
export function startModelApi(script: Script): ModelApi {
  return startStandIn(
    {
      isModelCall: (method, path) => method === "POST" && path === "/v1/messages",
      read: (body) => ({ ...latestPrompt(body), side: !(Array.isArray(body?.tools) && body.tools.length > 0) }),
      answer: (r, body) =>
        body?.stream !== true
          ? Response.json(replyMessage(r, body?.model))
          : new Response(replyEvents(r, body?.model), { headers: { "content-type": "text/event-stream", "cache-control": "no-cache" } }),
      other: (_method, path) => (path.endsWith("/count_tokens") ? Response.json({ input_tokens: 10 }) : undefined),
      error: (status, type, message) => Response.json({ type: "error", error: { type, message } }, { status }),
    },
    script,
  );
}
