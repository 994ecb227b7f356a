/**
 * Gemini CLI under cairn's supervisor (`cairn run --agent gemini`): `gemini --acp`, the Agent
 * Client Protocol (JSON-RPC over stdio; 0.61: `initialize`, `session/new` or `session/load`,
 * `session/prompt` answered when the turn ends with its `stopReason`, the `session/cancel`
 * notification, `session/update` notifications for the reply, thoughts and tool calls, and
 * `session/request_permission` asked of cairn). ACP has no way into a running turn (a second
 * `session/prompt` cancels the first), so what people write while a turn runs waits for its end
 * and goes out as the next prompt, all of it at once; an item is confirmed once Gemini starts on
 * the prompt that carries it (its first update, or the prompt's answer), and is sent once.
 * `session stop` then `session resume` loads Gemini's own session again (`session/load`), whose
 * replay of the conversation is left out (see `replaying`).
 */
import type { Claim } from "../../commands/delivery.ts";
import { joinDeliveries } from "../../domain/delivery.ts";
import { LIMITS } from "../../domain/limits.ts";
import type { Part } from "../../domain/message.ts";
import { clip } from "../core/clip.ts";
import { rpcPeer, type RpcReply } from "../core/json-rpc.ts";
import type { AgentEvent, AgentIO, AgentWire, SupervisedHarness } from "../core/supervisor.ts";
import { geminiBinary } from "./binary.ts";
import { isRecord, type Rec } from "../../domain/json.ts";


/** Gemini names its call ids `<tool>__<id>`: the tool, as the hooks and the chats name it. */
const toolName = (callId: string, kind: unknown): string => (callId.includes("__") ? callId.slice(0, callId.indexOf("__")) : typeof kind === "string" ? kind : "tool");

/** What a tool call update says: its content blocks' text (a diff as its path). */
const contentText = (content: unknown): string =>
  (Array.isArray(content) ? content : [])
    .map((c) => (isRecord(c) && c.type === "content" && isRecord(c.content) && typeof c.content.text === "string" ? c.content.text : isRecord(c) && c.type === "diff" ? `diff ${String(c.path)}` : ""))
    .filter(Boolean)
    .join("\n");

/** The only input ACP gives a call: its title (a shell call's is its command) and the paths it touches. */
const inputOf = (u: Rec, name: string): Record<string, unknown> => {
  const paths = (Array.isArray(u.locations) ? u.locations : []).map((l: unknown) => (isRecord(l) ? l.path : undefined)).filter((p: unknown) => typeof p === "string");
  const title = typeof u.title === "string" ? { [name === "run_shell_command" ? "command" : "title"]: u.title } : {};
  return { ...title, ...(paths.length === 1 ? { file_path: paths[0] } : paths.length > 1 ? { paths } : {}) };
};

/** A JSON-RPC error in a few words: Gemini puts the cause of its "Internal error" in `data.details`. */
const reason = (error: Rec): string => [error.message, isRecord(error.data) ? error.data.details : undefined].filter((s) => typeof s === "string" && s).join(": ") || "no reason given";

/** The wire of one `gemini --acp` process, for the session `conversation` (new when absent). */
export function geminiWire(io: AgentIO, options: { cwd: string; conversation?: string }): AgentWire {
  const rpc = rpcPeer(io.write, { notification: (method, params) => (method === "session/update" && isRecord(params.update) ? onUpdate(params.update) : []), request: (method, params, id) => (method === "session/request_permission" ? asked(params, id) : undefined) });
  const request = rpc.request;

  let session: string | undefined;

  /** Claims waiting for the session, or for the running prompt to end. */
  let queue: Claim[] = [];
  /** The claims the running prompt carries, until Gemini is seen working on them. */
  let carried: Claim[] | undefined;
  let prompting = false;
  /**
   * `session/load` replays the conversation (recorded already) as updates, written while and
   * after it answers; Gemini's command list comes after the whole replay (a timer it sets once
   * the replay's writes are queued). Until then nothing is recorded and no prompt goes out.
   */
  let replaying = options.conversation !== undefined;
  /** cairn cancelled the running prompt. */
  let cancelling = false;
  const sent = new Set<string>();
  /** The reply and thoughts so far, recorded as one message each when something else comes. */
  let said = "";
  let thought = "";
  /** Calls recorded running, by call id, with their tool's name. */
  const running = new Map<string, string>();
  /** Permission requests cairn was asked, by request id: the call, and the options to answer with. */
  const asks = new Map<string, { id: string | number; options: Rec[]; part: Part }>();

  const flush = (): AgentEvent[] => {
    const parts: Part[] = [];
    if (thought.trim()) parts.push({ type: "reasoning", text: String(clip(thought, LIMITS.transcriptTextChars)) });
    if (said.trim()) parts.push({ type: "text", text: String(clip(said, LIMITS.transcriptTextChars)) });
    said = thought = "";
    return parts.length > 0 ? [{ type: "parts", parts }] : [];
  };
  const confirmCarried = (): AgentEvent[] => {
    const out = (carried ?? []).map((c): AgentEvent => ({ type: "delivered", id: c.id }));
    carried = undefined;
    return out;
  };

  const pump = () => {
    if (session === undefined || prompting || replaying || queue.length === 0) return;
    const claims = queue.splice(0);
    prompting = true;
    carried = claims;
    io.emit({ type: "state", state: "running" });
    request("session/prompt", { sessionId: session, prompt: [{ type: "text", text: joinDeliveries(claims) }] }, (reply) => {
      prompting = cancelling = false;
      const out: AgentEvent[] = [...(reply.error ? [] : confirmCarried()), ...flush()];
      // Calls still open when the turn ended were cut short (a cancel).
      const open = [...running.keys()].map((callId) => ({ callId, output: "the turn ended before the call finished", isError: true }));
      running.clear();
      if (open.length > 0) out.push({ type: "tool_results", results: open });
      const stop = reply.result?.stopReason;
      if (reply.error) out.push({ type: "turn_end", error: reason(reply.error) });
      else out.push({ type: "turn_end", ...(stop === "refusal" ? { error: "Gemini refused the prompt" } : {}) });
      if (queue.length === 0) out.push({ type: "state", state: "waiting" });
      queueMicrotask(pump);
      return out;
    });
  };

  const opened = (reply: RpcReply): AgentEvent[] => {
    if (reply.error) return [{ type: "turn_end", error: `${options.conversation ? `cannot load Gemini session ${options.conversation}` : "cannot start a Gemini session"}: ${reason(reply.error)}` }];
    session = typeof reply.result?.sessionId === "string" ? reply.result.sessionId : options.conversation;
    queueMicrotask(pump);
    return session ? [{ type: "conversation", id: session }] : [];
  };

  request("initialize", { protocolVersion: 1, clientCapabilities: {} }, (reply) => {
    if (reply.error) return [{ type: "turn_end", error: `Gemini did not initialize: ${reason(reply.error)}` }];
    if (options.conversation) request("session/load", { sessionId: options.conversation, cwd: options.cwd, mcpServers: [] }, opened);
    else request("session/new", { cwd: options.cwd, mcpServers: [] }, opened);
    return [];
  });

  const onUpdate = (u: Rec): AgentEvent[] => {
    if (u.sessionUpdate === "available_commands_update" && replaying) {
      replaying = false;
      queueMicrotask(pump);
    }
    if (replaying || !prompting) return [];
    // Gemini is working on the prompt: what it carries has reached it.
    const out = confirmCarried();
    switch (u.sessionUpdate) {
      case "agent_message_chunk":
        if (isRecord(u.content) && typeof u.content.text === "string") said += u.content.text;
        return out;
      case "agent_thought_chunk":
        if (isRecord(u.content) && typeof u.content.text === "string") thought += u.content.text;
        return out;
      case "tool_call": {
        if (typeof u.toolCallId !== "string") return out;
        const name = toolName(u.toolCallId, u.kind);
        running.set(u.toolCallId, name);
        return [...out, ...flush(), { type: "parts", parts: [{ type: "tool", name, state: "running", input: clip(inputOf(u, name), LIMITS.toolChars), callId: u.toolCallId }] }];
      }
      case "tool_call_update": {
        if (typeof u.toolCallId !== "string" || (u.status !== "completed" && u.status !== "failed")) return out;
        const output = clip(contentText(u.content), LIMITS.toolChars);
        // A call that ends once cairn cancelled its turn was cut short, whatever Gemini calls it.
        const isError = u.status === "failed" || cancelling;
        if (running.delete(u.toolCallId)) return [...out, { type: "tool_results", results: [{ callId: u.toolCallId, output, isError }] }];
        // A call never announced (Gemini announces a call it asks about only by asking).
        const name = toolName(u.toolCallId, u.kind);
        return [...out, ...flush(), { type: "parts", parts: [{ type: "tool", name, state: isError ? "error" : "completed", input: clip(inputOf(u, name), LIMITS.toolChars), output, callId: u.toolCallId }] }];
      }
      default:
        return out;
    }
  };

  /** Gemini asks before a tool its approval mode does not allow (only with --ask). */
  const asked = (params: Rec, id: string | number): AgentEvent[] => {
    const call = isRecord(params.toolCall) ? params.toolCall : {};
    const request = String(id);
    const callId = typeof call.toolCallId === "string" ? call.toolCallId : request;
    const tool = toolName(callId, call.kind);
    const input = inputOf(call, tool);
    asks.set(request, { id, options: Array.isArray(params.options) ? params.options : [], part: { type: "tool", name: tool, state: "error", input: clip(input, LIMITS.toolChars), callId } });
    return [...flush(), { type: "permission", request, tool, input }];
  };

  return {
    read: rpc.read,
    deliver(claims) {
      for (const claim of claims) if (!sent.has(claim.id)) sent.add(claim.id), queue.push(claim);
      pump();
    },
    interrupt() {
      if (session === undefined || !prompting) return;
      cancelling = true;
      rpc.notify("session/cancel", { sessionId: session });
    },
    answer(request, allow, _input, reason) {
      const ask = asks.get(request);
      if (!ask) return;
      asks.delete(request);
      const options = ask.options;
      // Gemini reports nothing of a call it was refused: cairn records it, failed with the reason.
      if (!allow) io.emit({ type: "parts", parts: [{ ...ask.part, output: reason }] });
      const option = options.find((o) => (allow ? o.kind === "allow_once" : o.kind === "reject_once")) ?? options.find((o) => String(o.kind).startsWith(allow ? "allow" : "reject"));
      rpc.respond(ask.id, { outcome: option ? { outcome: "selected", optionId: option.optionId } : { outcome: "cancelled" } });
    },
  };
}

export const geminiHarness: SupervisedHarness = {
  name: "Gemini CLI",
  source: "gemini",
  // Without --ask, Gemini asks nothing (--yolo): cairn would have no one to ask.
  command: (supervision) => [geminiBinary(), "--acp", ...(supervision.ask ? [] : ["--yolo"])],
  wire: (io, supervision, conversation) => geminiWire(io, { cwd: supervision.cwd, conversation }),
};
