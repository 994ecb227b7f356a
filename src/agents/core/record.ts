/**
 * What every agent's hooks come down to: a session found by the agent's own id, then prompts,
 * tool calls, replies and statuses. Each harness turns its hook payloads into these steps (its
 * adapter under `src/agents/<harness>/`); this records them, all of one payload in one
 * transaction, so hooks racing for the same new session still make exactly one.
 */
import type { CommandContext } from "../../commands/context.ts";
import { attachAgent, claimDeliveries, detachAgent, type Claim } from "../../commands/delivery.ts";
import { recordEvent } from "../../commands/event.ts";
import { appendMessage, moveStatus, sessionForExternalId, setTitle, updatePart } from "../../commands/session.ts";
import { joinDeliveries } from "../../domain/delivery.ts";
import { externalIdFor, HARNESS_NAMES, type Harness } from "../../domain/harness.ts";
import { fail } from "../../domain/errors.ts";
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import { titleFromText, toolSummary, type Part, type ToolPart } from "../../domain/message.ts";
import type { Writer } from "../../store/store.ts";
import { clip } from "./clip.ts";
import { isDeliveredEcho } from "./echo.ts";
import { projectForCwd } from "./project.ts";

/** What a hook prints back to its agent (context for the model, a block of the turn's end). */
export type HookOutput = Record<string, Json>;

/** Turns the text of what is pending into the output that carries it to the model. */
export type Carrier = (text: string) => HookOutput;

/** One thing an agent did, as its hook reported it. */
export type AgentStep =
  | { type: "session_start"; source?: string; transcript?: string }
  | { type: "prompt"; text?: string }
  | { type: "tool_start"; tool: string; input: unknown; callId?: string }
  | { type: "tool_end"; tool: string; input: unknown; output: unknown; callId?: string; failed: boolean }
  /**
   * The agent's reply at the end of a turn; the turn is over (the session waits for the person),
   * unless something is pending and `orContinue` can keep the turn going to deliver it.
   * `repeatsEarlier`: the turn was kept going, and its reply starts with what the earlier end
   * recorded (Gemini's reply is the whole turn's): only the rest is new.
   */
  | { type: "turn_end"; reply?: string; orContinue?: Carrier; repeatsEarlier?: boolean }
  /** This hook's output can carry what is pending for the session to the model. */
  | { type: "deliver"; carrier: Carrier }
  | { type: "notification"; message: unknown }
  | { type: "session_end"; reason?: string }
  /** Any other hook event: kept as a coordination event of its own kind, never refused. */
  | { type: "other"; kind: string; fields: Record<string, unknown> };

/** The session a hook payload is about. */
export interface AgentRef {
  harness: Harness;
  /** The agent's own id for the session (cairn stores it prefixed with the harness). */
  id: string;
  cwd?: string;
  /** A project chosen by the person (`--project`), instead of the repository's name. */
  project?: string;
  /** The harness's hooks deliver: the session is attached to it (people's messages wait for it) until it ends. */
  delivers?: boolean;
}

/** What recording one hook payload came to: the session, and what to print back with the items it carries. */
export interface HookReply {
  session: string;
  output?: HookOutput;
  /** Items the output delivers: confirmed once it is printed. */
  claims: Claim[];
}

/** A placeholder title until the first prompt names the session. */
export const placeholderTitle = (harness: Harness, id: string) => `${HARNESS_NAMES[harness]} ${id.slice(0, 8)}`;

/** Records the steps of one hook payload; returns the cairn session and what to print. */
export function recordSteps(ctx: CommandContext, ref: AgentRef, steps: AgentStep[]): HookReply {
  return ctx.store.write((w) => {
    const externalId = externalIdFor(ref.harness, ref.id);
    const placeholder = placeholderTitle(ref.harness, ref.id);
    // Only the first payload of a session needs its project (a walk up the directory tree).
    const found =
      w.sessionByExternalId(externalId) ??
      sessionForExternalId(ctx, { project: projectForCwd(ctx, ref.cwd, ref.project, HARNESS_NAMES[ref.harness]), externalId, title: placeholder });
    const session = found.id;
    const ends = steps.some((s) => s.type === "session_end");
    if (ref.delivers && found.agent === null && !ends) attachAgent(ctx, { session, agent: ref.harness });
    let output: HookOutput | undefined;
    let claims: Claim[] = [];
    /** Takes what is pending for the session (one carrier per payload); its text, if any. */
    const claimPending = (): string | undefined => {
      if (!ref.delivers || output) return undefined;
      claims = claimDeliveries(ctx, { session, via: "hook" });
      return claims.length > 0 ? joinDeliveries(claims) : undefined;
    };
    const event = (kind: string, data: Record<string, unknown>) =>
      recordEvent(ctx, { kind, source: ref.harness, session, payload: JSON.parse(JSON.stringify(data)) as Record<string, Json> });
    for (const step of steps) {
      switch (step.type) {
        case "session_start":
          event("session_start", { source: step.source, transcript: step.transcript });
          break;
        case "prompt": {
          if (step.text && isDeliveredEcho(w, session, step.text)) {
            moveStatus(ctx, { session, to: "running" });
            break;
          }
          // The first prompt names the session better than its id does.
          const line = titleFromText(step.text);
          if (line && found.title === placeholder && w.session(session)!.messageCount === 0) setTitle(ctx, { session, title: line });
          if (step.text) appendMessage(ctx, { session, role: "user", message: String(clip(step.text, LIMITS.promptChars)), deliver: false });
          moveStatus(ctx, { session, to: "running" });
          break;
        }
        case "tool_start": {
          moveStatus(ctx, { session, to: "running" });
          const part: Part = { type: "tool", name: step.tool, state: "running", input: clip(step.input, LIMITS.toolChars), ...(step.callId ? { callId: step.callId } : {}) };
          appendMessage(ctx, { session, role: "assistant", message: [part] });
          event("tool_started", { tool: step.tool, summary: toolSummary(step.input), callId: step.callId });
          break;
        }
        case "tool_end": {
          const done: Part = {
            type: "tool",
            name: step.tool,
            state: step.failed ? "error" : "completed",
            input: clip(step.input, LIMITS.toolChars),
            output: clip(step.output, LIMITS.toolChars),
            ...(step.callId ? { callId: step.callId } : {}),
          };
          const started = w.toolParts(session).find(({ part }) => {
            const t = part as ToolPart;
            return step.callId ? t.callId === step.callId : t.name === step.tool && t.state === "running";
          });
          if (started) updatePart(ctx, { session, messageId: started.messageId, position: started.position, part: done });
          else appendMessage(ctx, { session, role: "assistant", message: [done] });
          event("tool_finished", { tool: step.tool, summary: toolSummary(step.input), callId: step.callId, ok: !step.failed });
          break;
        }
        case "turn_end": {
          const reply = step.repeatsEarlier ? afterEarlierReply(w, session, step.reply) : step.reply;
          if (reply?.trim()) appendMessage(ctx, { session, role: "assistant", message: String(clip(reply, LIMITS.transcriptTextChars)) });
          // Held open only while something is pending: a turn's end that always continued would loop.
          const pending = step.orContinue && claimPending();
          if (pending) {
            output = step.orContinue!(pending);
            event("turn_continued", { delivered: claims.length });
            break;
          }
          moveStatus(ctx, { session, to: "waiting" });
          event("turn_finished", {});
          break;
        }
        case "deliver": {
          const pending = claimPending();
          if (pending) output = step.carrier(pending);
          break;
        }
        case "notification":
          moveStatus(ctx, { session, to: "waiting" });
          event("notification", { message: clip(step.message, LIMITS.notificationChars) });
          break;
        case "session_end":
          moveStatus(ctx, { session, to: "done" });
          event("session_end", { reason: step.reason });
          if (ref.delivers) detachAgent(ctx, { session, reason: `the ${HARNESS_NAMES[ref.harness]} session ended before it was delivered` });
          break;
        case "other": {
          const kept = clip(step.fields, LIMITS.unknownHookChars);
          event(step.kind, kept && typeof kept === "object" && !Array.isArray(kept) ? kept : { preview: kept });
        }
      }
    }
    return { session, output, claims };
  });
}

/** A reply without the session's last recorded reply at its start. */
function afterEarlierReply(w: Writer, session: string, reply: string | undefined): string | undefined {
  const last = w
    .parts(session)
    .findLast((k) => k.role === "assistant" && k.part.type === "text")
    ?.part as { text: string } | undefined;
  return reply && last && reply.startsWith(last.text) ? reply.slice(last.text.length).replace(/^\n/, "") : reply;
}

/** The outputs Claude-shaped hooks (Claude Code, Codex; Gemini CLI for context) read: context added to the model's next request… */
export const contextOutput =
  (hookEventName: string): Carrier =>
  (text) => ({ hookSpecificOutput: { hookEventName, additionalContext: text } });

/** …and a Stop hook's block, whose reason the model gets as the next prompt. */
export const blockOutput: Carrier = (text) => ({ decision: "block", reason: text });

/** A hook event cairn has no rule for: kept under its own kind with its fields, never refused. */
export function otherStep(hookEvent: string, payload: Record<string, unknown>): AgentStep {
  const { session_id: _, transcript_path: __, cwd: ___, hook_event_name: ____, ...rest } = payload;
  return { type: "other", kind: kindOf(hookEvent), fields: { hook: hookEvent, ...rest } };
}

/** Records one hook payload of `harness`, turned into steps by its adapter. */
export function recordHookPayload(
  ctx: CommandContext,
  harness: Harness,
  payload: Record<string, unknown>,
  steps: (payload: Record<string, unknown>) => AgentStep[],
  options: { project?: string; delivers?: boolean } = {},
): HookReply {
  const id = str(payload.session_id) ?? fail("invalid", "hook payload has no session_id");
  return recordSteps(ctx, { harness, id, cwd: str(payload.cwd), project: options.project, delivers: options.delivers }, steps(payload));
}

/** PreToolUse → pre_tool_use: coordination kinds are lowercase. */
export const kindOf = (hookEvent: string): string =>
  hookEvent
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .toLowerCase()
    .replace(/^[^a-z]+/, "")
    .slice(0, 64) || "hook";

export const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);
