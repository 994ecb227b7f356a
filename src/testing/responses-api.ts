/**
 * A scripted stand-in for the OpenAI Responses API (`POST /v1/responses`, streamed as
 * server-sent events), for driving the real Codex CLI offline. Scripts are written as for the
 * Messages API stand-in (`byPrompt`, `reply`, `text`, `toolUse` from `model-api.ts`); a tool use
 * becomes a `function_call` (Codex's shell tool is `exec_command` with `{ cmd }`).
 *
 *   const api = startResponsesApi(byPrompt({ "run it": [toolUse("exec_command", { cmd: "false" }), text("It failed.")] }));
 *   // a provider with base_url = `${api.url}/v1` and wire_api = "responses" (see codex.ts)
 */
import type { Block, Reply, Script } from "./model-api.ts";
import { sse, standInId, startStandIn, type StandIn } from "./stand-in.ts";

const isRecord = (v: unknown): v is Record<string, any> => v !== null && typeof v === "object" && !Array.isArray(v);

const itemText = (item: any): string =>
  typeof item?.content === "string"
    ? item.content
    : Array.isArray(item?.content)
      ? item.content.map((c: any) => (isRecord(c) && typeof c.text === "string" ? c.text : "")).join("\n")
      : "";

/** Items the model wrote (one reply can hold several). */
const fromModel = (item: any) => (item?.type === "message" && item.role === "assistant") || item?.type === "function_call" || item?.type === "reasoning" || item?.type === "custom_tool_call";

/**
 * The latest prompt: the text of the last user message, and how many model replies follow it
 * (a run of model items, ended by tool outputs coming back, is one reply).
 */
export function latestInput(body: any): { prompt: string; step: number } {
  const input: any[] = Array.isArray(body?.input) ? body.input : [];
  for (let i = input.length - 1; i >= 0; i--) {
    const item = input[i];
    if (item?.type !== "message" || item.role !== "user") continue;
    let step = 0;
    let inReply = false;
    for (const later of input.slice(i + 1)) {
      if (fromModel(later) && !inReply) step++;
      inReply = fromModel(later);
    }
    return { prompt: itemText(item), step };
  }
  return { prompt: "", step: 0 };
}

function outputItem(block: Block): Record<string, unknown> {
  switch (block.type) {
    case "text":
      return { type: "message", role: "assistant", id: standInId("msg"), status: "completed", content: [{ type: "output_text", text: block.text, annotations: [] }] };
    case "thinking":
      return { type: "reasoning", id: standInId("rs"), summary: [{ type: "summary_text", text: block.thinking }] };
    case "tool_use":
      return { type: "function_call", id: standInId("fc"), call_id: block.id ?? standInId("call"), name: block.name, arguments: JSON.stringify(block.input), status: "completed" };
  }
}

/** The reply as the events of a streamed response. */
export function responseEvents(r: Reply): Response {
  const id = standInId("resp");
  const events: Array<[string, Record<string, unknown>]> = [["response.created", { type: "response.created", response: { id, status: "in_progress" } }]];
  const items = r.blocks.map(outputItem);
  items.forEach((item, output_index) => {
    events.push(["response.output_item.added", { type: "response.output_item.added", output_index, item }]);
    if (item.type === "message") {
      const text = (item.content as Array<{ text: string }>)[0]!.text;
      events.push(["response.output_text.delta", { type: "response.output_text.delta", output_index, content_index: 0, item_id: item.id, delta: text }]);
    }
    events.push(["response.output_item.done", { type: "response.output_item.done", output_index, item }]);
  });
  const usage = { input_tokens: 10, input_tokens_details: null, output_tokens: 5, output_tokens_details: null, total_tokens: 15 };
  events.push(["response.completed", { type: "response.completed", response: { id, status: "completed", output: items, usage } }]);
  return sse(events);
}

export type ResponsesApi = StandIn;

/** Starts the stand-in on 127.0.0.1; the provider's base_url is `${url}/v1`. */
export function startResponsesApi(script: Script): ResponsesApi {
  return startStandIn(
    {
      isModelCall: (method, path) => method === "POST" && path.endsWith("/responses"),
      read: (body) => ({ ...latestInput(body), side: !(Array.isArray(body?.tools) && body.tools.length > 0) }),
      answer: (r) => responseEvents(r),
      other: (method, path) => (method === "GET" && path.endsWith("/models") ? Response.json({ data: [], models: [] }) : undefined),
      error: (status, type, message) => Response.json({ error: { type, code: type, message } }, { status }),
    },
    script,
  );
}
