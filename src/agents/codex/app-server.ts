/**
 * Codex under cairn's supervisor (`cairn run --agent codex`): `codex app-server`, JSON-RPC over
 * stdio (0.169: `initialize`, `thread/start` or `thread/resume`, `turn/start`, `turn/steer`,
 * `turn/interrupt`; notifications `thread/status/changed`, `turn/started|completed`,
 * `item/started|completed`). A message goes out as `turn/start` when no turn runs and as
 * `turn/steer` into the running one; either carries the item's id as `clientUserMessageId`,
 * which Codex echoes on the user message item once the message is in the conversation: that
 * confirms it. app-server takes a re-sent message as a new one, so cairn de-duplicates: an item
 * is sent once, and after a restart what the thread already holds is confirmed, not sent again.
 */
import type { Claim } from "../../commands/delivery.ts";
import { isRecord, type Json, type Rec } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import { finishedCall, type Part, type ToolPart } from "../../domain/message.ts";
import { clip } from "../core/clip.ts";
import { rpcPeer, type RpcReply } from "../core/json-rpc.ts";
import type { AgentEvent, AgentIO, AgentWire, SupervisedHarness } from "../core/supervisor.ts";
import { codexBinary } from "./binary.ts";


/** The tool call an item is, as cairn records it (the shell as `Bash` with `{command}`, as the hooks say it). */
function toolOf(item: Rec): { name: string; input: unknown } | undefined {
  switch (item.type) {
    case "commandExecution": {
      // `command` is the shell's whole line (`/bin/bash -lc '…'`); a single action holds what the model asked for.
      const actions = Array.isArray(item.commandActions) ? item.commandActions : [];
      const command = actions.length === 1 && typeof actions[0]?.command === "string" ? actions[0].command : item.command;
      return { name: "Bash", input: { command } };
    }
    case "fileChange":
      return { name: "apply_patch", input: { files: (Array.isArray(item.changes) ? item.changes : []).map((c: Rec) => c?.path) } };
    case "mcpToolCall":
      return { name: `${item.server}.${item.tool}`, input: item.arguments ?? {} };
    case "dynamicToolCall":
      return { name: String(item.tool), input: item.arguments ?? {} };
    case "webSearch": {
      const { type: _, id: __, startedAtMs: ___, completedAtMs: ____, ...rest } = item;
      return { name: "web_search", input: rest };
    }
    default:
      return undefined;
  }
}

/** A finished tool item's output, and whether it failed. */
function resultOf(item: Rec): { output: Json | undefined; isError: boolean } {
  const failedStatus = item.status === "failed" || item.status === "declined";
  switch (item.type) {
    case "commandExecution":
      return { output: clip(item.aggregatedOutput ?? "", LIMITS.toolChars), isError: failedStatus || (typeof item.exitCode === "number" && item.exitCode !== 0) };
    case "mcpToolCall":
      return { output: clip(item.error ?? item.result, LIMITS.toolChars), isError: failedStatus || (item.error !== null && item.error !== undefined) };
    case "dynamicToolCall":
      return { output: clip(item.contentItems, LIMITS.toolChars), isError: failedStatus || item.success === false };
    default:
      return { output: clip(item.status, LIMITS.toolChars), isError: failedStatus };
  }
}

/** What a message or reasoning item says, as parts (none for the rest). */
function partsOf(item: Rec): Part[] {
  if (item.type === "agentMessage" && typeof item.text === "string" && item.text.trim()) return [{ type: "text", text: String(clip(item.text, LIMITS.transcriptTextChars)) }];
  if (item.type === "reasoning") {
    const said = [...(Array.isArray(item.summary) ? item.summary : []), ...(Array.isArray(item.content) && !(item.summary?.length > 0) ? item.content : [])].filter((t) => typeof t === "string").join("\n");
    if (said.trim()) return [{ type: "reasoning", text: String(clip(said, LIMITS.transcriptTextChars)) }];
  }
  return [];
}

/** Codex's requests for the person's approval (0.169). */
const APPROVALS = ["item/commandExecution/requestApproval", "item/fileChange/requestApproval"];

const userInput = (text: string) => [{ type: "text", text, text_elements: [] }];

/** The wire of one app-server process, for the thread `conversation` (new when absent). */
export function codexWire(io: AgentIO, options: { cwd: string; conversation?: string; ask?: boolean }): AgentWire {
  const rpc = rpcPeer(io.write, { notification: (method, params) => onNotification(method, params), request: (method, params, id) => approvalAsked(method, params, id) });
  const request = rpc.request;

  let thread: string | undefined;
  /** The turn running now, as the last turn notification (or turn/start reply) said. */
  let activeTurn: string | undefined;
  let starting = false;
  /** Claims waiting for the thread or for a turn to go into. */
  let queue: Claim[] = [];
  /** Delivery ids sent as clientUserMessageId, or already in the thread's history: never sent again. */
  const sent = new Set<string>();
  /** Tool items seen starting (recorded running), with the call: their completion updates them. */
  const started = new Map<string, { name: string; input: unknown }>();
  /** Approvals Codex waits for, by cairn's request id: the JSON-RPC id to answer. */
  const approvals = new Map<string, number | string>();
  /** Tool items still running when their turn ended (interrupted): failed, unless they report later. */
  const cutShort = new Set<string>();

  const failedStart = (what: string) => (reply: { error?: Rec }): AgentEvent[] => [{ type: "turn_end", error: `${what}: ${reply.error?.message ?? "no reason given"}` }];

  const pump = () => {
    if (thread === undefined || queue.length === 0) return;
    if (activeTurn !== undefined) {
      const turn = activeTurn;
      for (const claim of queue.splice(0)) {
        request("turn/steer", { threadId: thread, expectedTurnId: turn, input: userInput(claim.text), clientUserMessageId: claim.id }, (reply) => {
          if (!reply.error) return [];
          // The turn ended before the steer arrived: the message starts the next one instead.
          if (activeTurn === turn) activeTurn = undefined;
          queue.push(claim);
          pump();
          return [];
        });
      }
    } else if (!starting) {
      const claim = queue.shift()!;
      starting = true;
      request("turn/start", { threadId: thread, input: userInput(claim.text), clientUserMessageId: claim.id }, (reply) => {
        starting = false;
        if (reply.error) return failedStart("Codex refused the message")(reply);
        if (reply.result?.turn?.status === "inProgress") activeTurn ??= reply.result.turn.id;
        pump();
        return [];
      });
    }
  };

  const opened = (reply: RpcReply): AgentEvent[] => {
    if (reply.error) return failedStart(options.conversation ? `cannot resume Codex thread ${options.conversation}` : "cannot start a Codex thread")(reply);
    const t = reply.result?.thread;
    thread = t?.id;
    // What the thread already holds (sent by a supervisor before this one) is delivered already.
    const held: AgentEvent[] = [];
    for (const turn of Array.isArray(t?.turns) ? t.turns : [])
      for (const item of Array.isArray(turn?.items) ? turn.items : [])
        if (item?.type === "userMessage" && typeof item.clientId === "string" && !sent.has(item.clientId)) {
          sent.add(item.clientId);
          held.push({ type: "delivered", id: item.clientId });
        }
    queue = queue.filter((c) => !sent.has(c.id));
    for (const c of queue) sent.add(c.id);
    pump();
    return [...(thread ? [{ type: "conversation" as const, id: thread }] : []), ...held];
  };

  request("initialize", { clientInfo: { name: "cairn", title: "cairn", version: "1" }, capabilities: null }, (reply) => {
    if (reply.error) return failedStart("Codex app-server did not initialize")(reply);
    rpc.notify("initialized");
    // Without --ask Codex never stops to ask: what its sandbox refuses goes back to the model as a
    // failed call. With it, every command Codex does not know to be safe waits for the person.
    const settings = { cwd: options.cwd, approvalPolicy: options.ask ? "untrusted" : "never" };
    if (options.conversation) request("thread/resume", { threadId: options.conversation, ...settings }, opened);
    else request("thread/start", settings, opened);
    return [];
  });

  const onItem = (item: Rec, done: boolean): AgentEvent[] => {
    if (!isRecord(item) || typeof item.id !== "string") return [];
    if (item.type === "userMessage") return !done && typeof item.clientId === "string" && sent.has(item.clientId) ? [{ type: "delivered", id: item.clientId }] : [];
    const tool = toolOf(item);
    if (tool) {
      const call: ToolPart = { type: "tool", name: tool.name, state: "running", input: clip(tool.input, LIMITS.toolChars), callId: item.id };
      if (!done) {
        started.set(item.id, tool);
        return [{ type: "parts", parts: [call] }];
      }
      const result = resultOf(item);
      // Started here, or closed when its turn ended (an interrupted command finishes later, if at all).
      if (started.delete(item.id) || cutShort.delete(item.id)) return [{ type: "tool_results", results: [{ callId: item.id, ...result }] }];
      return [{ type: "parts", parts: [finishedCall(call, result)] }];
    }
    const parts = done ? partsOf(item) : [];
    return parts.length > 0 ? [{ type: "parts", parts }] : [];
  };

  const onNotification = (method: string, p: Rec): AgentEvent[] => {
    if (thread !== undefined && typeof p.threadId === "string" && p.threadId !== thread) return [];
    switch (method) {
      case "thread/status/changed": {
        const status = p.status ?? {};
        if (status.type === "active") return [{ type: "state", state: (status.activeFlags ?? []).length > 0 ? "waiting" : "running" }];
        if (status.type === "idle") return [{ type: "state", state: "waiting" }];
        // systemError: the failed turn's completion that follows says what went wrong.
        return [];
      }
      case "turn/started":
        activeTurn = p.turn?.id;
        pump();
        return [];
      case "turn/completed": {
        if (activeTurn === p.turn?.id) activeTurn = undefined;
        pump();
        const status = p.turn?.status;
        // Codex reports no end for a command its interrupt left running: the call ends with the turn.
        const open = [...started.keys()].map((callId) => ({ callId, output: `the turn ended (${status}) before the call finished`, isError: true }));
        for (const { callId } of open) started.delete(callId), cutShort.add(callId);
        return [...(open.length > 0 ? [{ type: "tool_results" as const, results: open }] : []), { type: "turn_end", ...(status === "failed" ? { error: String(p.turn?.error?.message ?? "the turn failed") } : {}) }];
      }
      case "serverRequest/resolved": {
        // Answered, or withdrawn by Codex (the turn was interrupted): no longer the person's to answer.
        const request = [...approvals].find(([, rpc]) => rpc === p.requestId)?.[0];
        if (request === undefined) return [];
        approvals.delete(request);
        return [{ type: "permission_cancelled", request }];
      }
      case "item/started":
        return onItem(p.item, false);
      case "item/completed":
        return onItem(p.item, true);
      default:
        return [];
    }
  };

  /** Codex asks the person before a command or file change (only with --ask). */
  const approvalAsked = (method: string, p: Rec, id: string | number): AgentEvent[] | undefined => {
    if (!APPROVALS.includes(method)) return undefined;
    const request = `codex-${String(id)}`;
    approvals.set(request, id);
    const call = started.get(p.itemId);
    const input = isRecord(call?.input) ? call.input : { command: p.command ?? null, reason: p.reason ?? null };
    return [{ type: "permission", request, tool: call?.name ?? (method.includes("fileChange") ? "apply_patch" : "Bash"), input }];
  };

  return {
    read: rpc.read,
    deliver(claims) {
      for (const claim of claims) {
        // Known to the thread already (a restart found it in the history): confirmed, not repeated.
        if (thread !== undefined && sent.has(claim.id)) io.emit({ type: "delivered", id: claim.id });
        else {
          if (thread !== undefined) sent.add(claim.id);
          queue.push(claim);
        }
      }
      pump();
    },
    interrupt() {
      if (thread !== undefined && activeTurn !== undefined) request("turn/interrupt", { threadId: thread, turnId: activeTurn });
    },
    answer(asked, allow, _input, reason) {
      const id = approvals.get(asked);
      if (id === undefined) return;
      approvals.delete(asked);
      rpc.respond(id, { decision: allow ? "accept" : "decline" });
      if (allow) return;
      // Codex tells the model only "rejected by user": the person's reason follows, into the turn
      // (or a new one, if it has ended), like a message of theirs.
      const text = `The person denied that call in cairn: ${reason}`;
      io.emit({ type: "told", text });
      sent.add(`${asked}-reason`);
      queue.push({ id: `${asked}-reason`, claim: "", via: "stdin", text });
      pump();
    },
  };
}

export const codexHarness: SupervisedHarness = {
  name: "Codex",
  source: "codex",
  command: () => [codexBinary(), "app-server"],
  wire: (io, supervision, conversation) => codexWire(io, { cwd: supervision.cwd, conversation, ask: supervision.ask }),
};
