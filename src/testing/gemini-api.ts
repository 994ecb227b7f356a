/**
 * A scripted stand-in for the Gemini API (`POST /v1beta/models/<model>:streamGenerateContent`,
 * streamed as server-sent events, and `:generateContent`), for driving the real Gemini CLI
 * offline through `GOOGLE_GEMINI_BASE_URL`. Scripts are written as for the other stand-ins
 * (`byPrompt`, `reply`, `text`, `toolUse` from `model-api.ts`); a tool use becomes a
 * `functionCall`. Requests without tools are the CLI's model router asking how complex the
 * prompt is: they get a low score (the script is not asked).
 */
import { reply, text, type Block, type Reply, type Script } from "./model-api.ts";
import { sse, startStandIn, type StandIn } from "./stand-in.ts";

const isRecord = (v: unknown): v is Record<string, any> => v !== null && typeof v === "object" && !Array.isArray(v);
const partsText = (content: any): string => (Array.isArray(content?.parts) ? content.parts.map((p: any) => (isRecord(p) && typeof p.text === "string" ? p.text : "")).join("\n") : "");
const isPrompt = (content: any) => content?.role === "user" && Array.isArray(content.parts) && content.parts.some((p: any) => isRecord(p) && typeof p.text === "string") && !content.parts.some((p: any) => isRecord(p) && p.functionResponse);

/** The latest prompt (the last user content with words, not tool results) and how many model replies follow it. */
export function latestContent(body: any): { prompt: string; step: number } {
  const contents: any[] = Array.isArray(body?.contents) ? body.contents : [];
  for (let i = contents.length - 1; i >= 0; i--) {
    if (!isPrompt(contents[i])) continue;
    return { prompt: partsText(contents[i]), step: contents.slice(i + 1).filter((c) => c?.role === "model").length };
  }
  return { prompt: "", step: 0 };
}

const part = (block: Block) =>
  block.type === "text" ? { text: block.text } : block.type === "thinking" ? { text: block.thinking, thought: true } : { functionCall: { name: block.name, args: block.input } };

function candidate(r: Reply) {
  return {
    candidates: [{ content: { role: "model", parts: r.blocks.map(part) }, finishReason: "STOP", index: 0 }],
    usageMetadata: { promptTokenCount: 10, candidatesTokenCount: 5, totalTokenCount: 15 },
    modelVersion: "gemini-stand-in",
  };
}

/** What the model router gets: the prompt is simple. */
const ROUTER_REPLY = reply(text(JSON.stringify({ complexity_reasoning: "scripted", complexity_score: 10 })));

export type GeminiApi = StandIn;

/** Starts the stand-in on 127.0.0.1; give `url` as GOOGLE_GEMINI_BASE_URL. */
export function startGeminiApi(script: Script): GeminiApi {
  return startStandIn(
    {
      isModelCall: (method, path) => method === "POST" && /:(stream)?generateContent$/i.test(path),
      read: (body) => ({ ...latestContent(body), side: !(Array.isArray(body?.tools) && body.tools.length > 0) }),
      answer: (r, _body, path) => (path.endsWith(":streamGenerateContent") ? sse([["chunk", candidate(r)]], false) : Response.json(candidate(r))),
      other: (_method, path) => (path.endsWith(":countTokens") ? Response.json({ totalTokens: 10 }) : undefined),
      error: (status, type, message) => Response.json({ error: { code: status, status: type, message } }, { status }),
    },
    (request) => (request.side ? ROUTER_REPLY : script(request)),
  );
}
