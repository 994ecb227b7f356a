/**
 * The one table of Claude Code hook events: which ones `cairn hook claude --install` installs,
 * and what each does to the session's status, its messages and the coordination events.
 * Events not in the table are still recorded (as `<snake_case>` events with their payload).
 *
 * Status rules (README "Use with Claude Code"):
 * - a prompt, a tool starting or a tool finished: running;
 * - a permission asked (PermissionRequest, at once) or Claude waiting for the person
 *   (Notification): waiting, with what is asked;
 * - the turn over (Stop): waiting;
 * - an API error (StopFailure): failed, with the error recorded;
 * - the session ended (SessionEnd): done, unless failed;
 * - a subagent started: its own child session, running until SubagentStop (done).
 *
 * Delivery (README "Steering live agents"): what is pending for the session goes to the model as
 * additional context on SessionStart, UserPromptSubmit and PostToolUse, and as a Stop block (the
 * turn goes on, not waiting); a message cairn sent over the messaging socket comes back as a
 * prompt and confirms its delivery instead of being recorded again; PreToolUse refuses edits of
 * paths another session holds locked; SessionEnd detaches the agent.
 */
import { recordEvent } from "../../commands/event.ts";
import type { CommandContext } from "../../commands/context.ts";
import { appendMessage, moveStatus, setTitle, updatePart } from "../../commands/session.ts";
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import { titleFromText, toolSummary, type Part, type ToolPart } from "../../domain/message.ts";
import { isFinished, type Status } from "../../domain/status.ts";
import { confirmDeliveries, detachAgent, releaseClaims, type Claim } from "../../commands/delivery.ts";
import type { DeliveryPath } from "../../domain/delivery.ts";
import { changesFiles, lockRefusal } from "../../domain/locks.ts";
import { currentLocks, forgetEndpoint, saveEndpoint } from "../../store/agents.ts";
import type { Session } from "../../store/rows.ts";
import type { DeliveryRow, Writer } from "../../store/store.ts";
import { clip } from "../core/clip.ts";
import { blockOutput, contextOutput, str, type HookOutput } from "../core/record.ts";
import { gitTopLevel } from "../core/project.ts";
import { endpointFromEnv } from "./socket.ts";
import { completeCall, messageIdFor } from "./record.ts";
import { callKey, OPENING_KEY, promptKey, promptRole } from "./transcript.ts";

/** The fields of a hook payload cairn reads (Claude Code sends more; they are kept for unknown events). */
export interface HookPayload {
  session_id?: unknown;
  transcript_path?: unknown;
  cwd?: unknown;
  hook_event_name?: unknown;
  prompt?: unknown;
  prompt_id?: unknown;
  tool_name?: unknown;
  tool_input?: unknown;
  tool_response?: unknown;
  tool_use_id?: unknown;
  error?: unknown;
  message?: unknown;
  notification_type?: unknown;
  last_assistant_message?: unknown;
  source?: unknown;
  reason?: unknown;
  agent_id?: unknown;
  agent_type?: unknown;
  agent_transcript_path?: unknown;
  [key: string]: unknown;
}

/** What a rule sees: the session the event is about (a subagent's own session for its events). */
export interface HookContext {
  ctx: CommandContext;
  w: Writer;
  payload: HookPayload;
  session: Session;
  /** The placeholder title a session has until its first prompt names it. */
  placeholder: string;
  /** Records a coordination event on the session (source `claude`). */
  event(kind: string, data: Record<string, Json | undefined>): void;
  /** A reply taken from the payload before its transcript line exists (see `pendingReply`). */
  reply(role: "assistant" | "system", text: string | undefined): void;
  /** The hook's environment (Claude Code's messaging socket). */
  env: Record<string, string | undefined>;
  /** Claims what is pending for delivery (the main session only: a subagent's model is not the one steered). */
  claimPending(): string | undefined;
  /** How many items the last claim took. */
  claimed(): number;
  /** What the hook prints for Claude Code. */
  say(output: HookOutput): void;
  /** What the hook prints, so far. */
  said(): HookOutput | undefined;
}

/** What a hook prints for Claude Code: context to add, a Stop block, or a PreToolUse refusal. */
export type { HookOutput };

/** Releases the session's socket claims no prompt has echoed (see SessionStart). */
function releaseUnsubmitted(h: HookContext): void {
  const claims: Claim[] = [];
  for (const d of h.w.recentDeliveries(h.session.id)) if (d.state === "claimed" && d.via === "socket") claims.push({ id: d.id, claim: d.claim!, via: "socket", text: d.text });
  releaseClaims(h.ctx, { session: h.session.id, claims, reason: "sent to a Claude Code process that ended before it took it" });
}

/** What is pending, as context the model reads with this event's result. */
function offerPending(h: HookContext, hookEventName: string): void {
  const pending = h.claimPending();
  if (pending) h.say(contextOutput(hookEventName)(pending));
}

export interface HookRule {
  /** Tool events take a matcher in settings.json ("*": every tool). */
  matcher?: boolean;
  /** Reads the transcript's new lines (Claude's text and thinking, tool results) before `record`. */
  transcript?: boolean;
  /** The status the session moves to; a function decides from the payload and the session. */
  status?: Status | ((h: HookContext) => Status | undefined);
  /** Messages and events the event records. */
  record?(h: HookContext): void;
}

const MAX_TOOL_CHARS = LIMITS.toolChars;


/** The tool call a payload names: its message, created by PreToolUse (or the transcript). */
function toolCall(h: HookContext): { messageId: string; part: ToolPart } | undefined {
  const callId = str(h.payload.tool_use_id);
  if (!callId) return undefined;
  const messageId = messageIdFor(h.session.id, callKey(callId));
  const part = h.w.part(messageId, 1);
  return part?.type === "tool" ? { messageId, part: part as ToolPart } : undefined;
}

function toolEvent(h: HookContext, kind: string, extra: Record<string, Json | undefined> = {}) {
  h.event(kind, { tool: str(h.payload.tool_name) ?? "tool", summary: toolSummary(h.payload.tool_input), callId: str(h.payload.tool_use_id), ...extra });
}

/** A finished tool call: the call's part completed in place (appended if PreToolUse was missed). */
function finishTool(h: HookContext, failed: boolean, output: Json | undefined) {
  const callId = str(h.payload.tool_use_id);
  const done: Part = { type: "tool", name: str(h.payload.tool_name) ?? "tool", state: failed ? "error" : "completed", input: clip(h.payload.tool_input, MAX_TOOL_CHARS), output, ...(callId ? { callId } : {}) };
  const call = toolCall(h);
  if (call) {
    if (call.part.state === "running" || call.part.state === "pending") completeCall(h.ctx, h.w, h.session, { callId: callId!, output, isError: failed });
  } else appendMessage(h.ctx, { session: h.session.id, role: "assistant", message: [done], ...(callId ? { id: messageIdFor(h.session.id, callKey(callId)) } : {}) });
}

/**
 * A prompt the person (or Claude Code, for its meta lines) typed: named by its prompt id (or the
 * `key` given), so the transcript's copy is the same message.
 */
function recordPrompt(h: HookContext, prompt: string, said: NonNullable<ReturnType<typeof promptRole>>, key?: string): void {
  // The first prompt names the session better than its id does.
  const line = said.role === "user" ? titleFromText(said.text) : undefined;
  if (line && h.session.title === h.placeholder) setTitle(h.ctx, { session: h.session.id, title: line });
  const promptId = str(h.payload.prompt_id);
  const id = key ? messageIdFor(h.session.id, key) : promptId ? messageIdFor(h.session.id, promptKey(promptId, prompt)) : undefined;
  if (id && h.w.hasMessage(id)) return; // the transcript had it first
  appendMessage(h.ctx, { session: h.session.id, role: said.role, message: String(clip(said.text, LIMITS.promptChars)), deliver: false, ...(id ? { id } : {}) });
}

const promptOf = (part: ToolPart): string | undefined => {
  const input = part.input;
  return input && typeof input === "object" && !Array.isArray(input) && typeof input.prompt === "string" ? input.prompt : undefined;
};

/**
 * The prompt a starting subagent was given: the parent's Agent (or Task) call of its type whose
 * prompt no sibling started with. SubagentStart does not name the call, and calls made together
 * start in any order: when several such calls with different prompts are open, none is
 * guessed (the subagent's transcript records its prompt a little later).
 */
function openingPrompt(h: HookContext): string | undefined {
  const parent = h.session.parent;
  if (parent === null || h.w.hasMessage(messageIdFor(h.session.id, OPENING_KEY))) return undefined;
  const type = str(h.payload.agent_type);
  const prompts = h.w
    .toolParts(parent)
    .map(({ part }) => part as ToolPart)
    .filter((p) => p.type === "tool" && (p.name === "Agent" || p.name === "Task") && (!type || ((p.input as Record<string, Json>)?.subagent_type ?? "general-purpose") === type))
    .map(promptOf)
    .filter((p): p is string => p !== undefined);
  // What the siblings started with, each taken once.
  for (const id of h.w.children(parent)) {
    const started = id === h.session.id ? undefined : h.w.part(messageIdFor(id, OPENING_KEY), 1);
    const taken = started?.type === "text" ? prompts.findIndex((p) => String(clip(p, LIMITS.promptChars)) === started.text) : -1;
    if (taken >= 0) prompts.splice(taken, 1);
  }
  return new Set(prompts).size === 1 ? prompts[0] : undefined;
}

export const HOOK_EVENTS: Readonly<Record<string, HookRule>> = {
  SessionStart: {
    // A resumed session that had finished is back, idle until its next prompt.
    status: (h) => (isFinished(h.session.status) ? "queued" : undefined),
    record(h) {
      h.event("session_start", { source: str(h.payload.source), transcript: str(h.payload.transcript_path) });
      const endpoint = endpointFromEnv(h.env);
      if (endpoint) saveEndpoint(h.ctx.store, h.session.id, endpoint);
      // A new Claude Code process: what an earlier one took over its socket and never submitted
      // (it died first) went with its queue, so it is offered again, here.
      const source = str(h.payload.source);
      if (source === "startup" || source === "resume") releaseUnsubmitted(h);
      offerPending(h, "SessionStart");
    },
  },
  UserPromptSubmit: {
    transcript: true,
    status: "running",
    record(h) {
      const prompt = str(h.payload.prompt);
      // A message cairn sent over the socket comes back as a prompt: it is recorded already.
      let echoed: DeliveryRow | undefined;
      if (prompt !== undefined) for (const d of h.w.recentDeliveries(h.session.id)) if (!echoed && d.text === prompt) echoed = d;
      if (echoed?.state === "claimed") confirmDeliveries(h.ctx, { session: h.session.id, claims: [{ id: echoed.id, claim: echoed.claim!, via: echoed.via as DeliveryPath, text: echoed.text }] });
      const said = prompt === undefined ? undefined : promptRole(prompt);
      if (prompt && said && !echoed) recordPrompt(h, prompt, said);
      offerPending(h, "UserPromptSubmit");
    },
  },
  PreToolUse: {
    matcher: true,
    transcript: true,
    status: "running",
    record(h) {
      const callId = str(h.payload.tool_use_id);
      const tool = str(h.payload.tool_name) ?? "tool";
      const cwd = str(h.payload.cwd);
      // A subagent works for its parent: the parent's locks are its own.
      const holder = h.session.parent ?? h.session.id;
      // Only a tool that changes files can be refused, and only by a lock: the locks and the
      // repository's top (a file-system walk) are looked up only then.
      const locks = changesFiles(tool) ? currentLocks(h.ctx.store, h.session.project) : [];
      const refusal = locks.length === 0 ? undefined : lockRefusal({ tool, toolInput: h.payload.tool_input, root: cwd && gitTopLevel(cwd), session: holder, locks });
      const input = clip(h.payload.tool_input, MAX_TOOL_CHARS);
      const call = toolCall(h);
      if (refusal) {
        const part: Part = { type: "tool", name: tool, state: "error", input, output: `refused by cairn: ${refusal}`, ...(callId ? { callId } : {}) };
        if (call) updatePart(h.ctx, { session: h.session.id, messageId: call.messageId, position: 1, part });
        else appendMessage(h.ctx, { session: h.session.id, role: "assistant", message: [part], ...(callId ? { id: messageIdFor(h.session.id, callKey(callId)) } : {}) });
        toolEvent(h, "tool_refused", { reason: refusal });
        h.say({ hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: "deny", permissionDecisionReason: refusal } });
        return;
      }
      if (!call) {
        const part: Part = { type: "tool", name: tool, state: "running", input, ...(callId ? { callId } : {}) };
        appendMessage(h.ctx, { session: h.session.id, role: "assistant", message: [part], ...(callId ? { id: messageIdFor(h.session.id, callKey(callId)) } : {}) });
      }
      toolEvent(h, "tool_started");
    },
  },
  PermissionRequest: {
    matcher: true,
    status: "waiting",
    record(h) {
      // The call waits for the person: pending until PostToolUse (approved) or its result (refused).
      const tool = str(h.payload.tool_name);
      const input = JSON.stringify(clip(h.payload.tool_input, MAX_TOOL_CHARS));
      const asked = h.w
        .toolParts(h.session.id)
        .find(({ part }) => part.type === "tool" && (part as ToolPart).state === "running" && part.name === tool && JSON.stringify((part as ToolPart).input) === input);
      if (asked) updatePart(h.ctx, { session: h.session.id, messageId: asked.messageId, position: asked.position, part: { ...(asked.part as ToolPart), state: "pending" } });
      toolEvent(h, "permission_requested", { input: clip(h.payload.tool_input, 2_000) });
    },
  },
  PostToolUse: {
    matcher: true,
    transcript: true,
    status: "running",
    record(h) {
      const response = h.payload.tool_response;
      const r = response && typeof response === "object" ? (response as Record<string, unknown>) : {};
      const failed = r.is_error === true || r.isError === true || r.success === false || typeof r.error === "string";
      finishTool(h, failed, clip(response, MAX_TOOL_CHARS));
      toolEvent(h, "tool_finished", { ok: !failed });
      offerPending(h, "PostToolUse");
    },
  },
  PostToolUseFailure: {
    matcher: true,
    transcript: true,
    status: "running",
    record(h) {
      const error = str(h.payload.error) ?? "failed";
      finishTool(h, true, clip(error, MAX_TOOL_CHARS));
      toolEvent(h, "tool_finished", { ok: false, error: clip(error, 2_000), interrupted: h.payload.is_interrupt === true || undefined });
    },
  },
  Notification: {
    // Claude asks for something (a permission, an answer) or has been idle: the person is awaited.
    status: (h) => (["permission_prompt", "idle_prompt", "elicitation_dialog"].includes(String(h.payload.notification_type)) ? "waiting" : undefined),
    record: (h) => h.event("notification", { message: clip(h.payload.message, LIMITS.notificationChars), type: str(h.payload.notification_type) }),
  },
  Stop: {
    transcript: true,
    // Blocked with what is pending, the turn goes on: left running, not waiting.
    status: (h) => (h.said()?.decision === "block" ? undefined : "waiting"),
    record(h) {
      h.reply("assistant", str(h.payload.last_assistant_message));
      // Block only while something is pending: an always-blocking Stop hook loops.
      const pending = h.claimPending();
      if (pending) {
        h.say(blockOutput(pending));
        h.event("turn_continued", { delivered: h.claimed() });
      } else h.event("turn_finished", {});
    },
  },
  StopFailure: {
    transcript: true,
    status: "failed",
    record(h) {
      const message = str(h.payload.last_assistant_message);
      h.reply("system", message);
      h.event("turn_failed", { error: str(h.payload.error), message: clip(message, 2_000) });
    },
  },
  SubagentStart: {
    status: "running",
    record(h) {
      // Its transcript's first line (the prompt) may be written after its first tool call's
      // hooks: the prompt is recorded now, from the parent's call, under the line's key.
      const opening = openingPrompt(h);
      if (opening !== undefined) recordPrompt(h, opening, { role: "user", text: opening }, OPENING_KEY);
      h.event("subagent_start", { agentType: str(h.payload.agent_type), agentId: str(h.payload.agent_id) });
    },
  },
  SubagentStop: {
    transcript: true,
    status: "done",
    record(h) {
      h.reply("assistant", str(h.payload.last_assistant_message));
      h.event("subagent_stop", { agentType: str(h.payload.agent_type), agentId: str(h.payload.agent_id) });
    },
  },
  PreCompact: {
    record: (h) => h.event("pre_compact", { trigger: str(h.payload.trigger) }),
  },
  PostCompact: {
    record: (h) => h.event("post_compact", { trigger: str(h.payload.trigger) }),
  },
  SessionEnd: {
    transcript: true,
    status: (h) => (h.session.status === "failed" ? undefined : "done"),
    record(h) {
      h.event("session_end", { reason: str(h.payload.reason) });
      if (h.payload.agent_id !== undefined) return;
      detachAgent(h.ctx, { session: h.session.id, reason: "the Claude Code session ended before it was delivered" });
      forgetEndpoint(h.ctx.store, h.session.id);
    },
  },
};

/** The events `--install` adds to settings.json, in the table's order. */
export const INSTALLED_EVENTS: readonly string[] = Object.keys(HOOK_EVENTS);

/** Moves the session as the rule says (through the allowed transitions). */
export function applyStatus(h: HookContext, rule: HookRule): void {
  const to = typeof rule.status === "function" ? rule.status(h) : rule.status;
  if (to && to !== h.session.status) moveStatus(h.ctx, { session: h.session.id, to });
}
