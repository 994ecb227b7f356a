/**
 * `cairn hook claude`: one Claude Code hook payload becomes sessions, messages, statuses and
 * coordination events. Everything for one payload commits in one transaction, so 20 hooks
 * racing for the same new session still make exactly one.
 */
import type { CommandContext } from "../../commands/context.ts";
import { recordEvent } from "../../commands/event.ts";
import { appendMessage, moveStatus, sessionForExternalId, setTitle, updatePart } from "../../commands/session.ts";
import { fail } from "../../domain/errors.ts";
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import { titleFromText, toolSummary, type Part, type ToolPart } from "../../domain/message.ts";
import type { Status } from "../../domain/status.ts";
import { attachAgent, claimDeliveries, confirmDeliveries, detachAgent, type Claim } from "../../commands/delivery.ts";
import { joinDeliveries, type DeliveryPath } from "../../domain/delivery.ts";
import { lockRefusal } from "../../domain/locks.ts";
import { currentLocks, forgetEndpoint, saveEndpoint } from "../../store/agents.ts";
import { clip } from "../core/clip.ts";
import { gitTopLevel, projectForCwd } from "../core/project.ts";
import { endpointFromEnv } from "./socket.ts";
import { kindOf } from "../core/record.ts";

/** The fields of a hook payload cairn reads (Claude Code sends more; they are kept for unknown events). */
export interface HookPayload {
  session_id?: unknown;
  transcript_path?: unknown;
  cwd?: unknown;
  hook_event_name?: unknown;
  prompt?: unknown;
  tool_name?: unknown;
  tool_input?: unknown;
  tool_response?: unknown;
  tool_use_id?: unknown;
  message?: unknown;
  source?: unknown;
  reason?: unknown;
  [key: string]: unknown;
}

const SOURCE = "claude";
/** The agent name sessions recorded by these hooks are attached to. */
const AGENT = "claude";
const str = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

export { kindOf };

/** Did the tool fail? Claude Code reports errors in a few shapes. */
function toolFailed(response: unknown): boolean {
  if (!response || typeof response !== "object") return false;
  const r = response as Record<string, unknown>;
  return r.is_error === true || r.isError === true || r.success === false || typeof r.error === "string";
}

/** What a hook prints for Claude Code: context to add, a Stop block, or a PreToolUse refusal. */
export type HookOutput = Record<string, Json>;

export interface HookResult {
  session: string;
  event: string;
  /** Printed on stdout (nothing when absent). */
  output?: HookOutput;
  /** Items the output delivers: confirmed once it is printed. */
  claims: Claim[];
}

const context = (hookEventName: string, text: string): HookOutput => ({ hookSpecificOutput: { hookEventName, additionalContext: text } });

/** Records one hook payload, and says what to print back. `env` is the hook's environment. */
export function recordHook(ctx: CommandContext, payload: HookPayload, options: { project?: string; env?: Record<string, string | undefined> } = {}): HookResult {
  const externalId = str(payload.session_id) ?? fail("invalid", "hook payload has no session_id");
  const hookEvent = str(payload.hook_event_name) ?? fail("invalid", "hook payload has no hook_event_name");
  const cwd = str(payload.cwd);
  return ctx.store.write((w) => {
    const placeholder = `Claude Code ${externalId.slice(0, 8)}`;
    // Only the first payload of a session needs its project (a walk up the directory tree).
    const found = w.sessionByExternalId(externalId) ?? sessionForExternalId(ctx, { project: projectForCwd(ctx, cwd, options.project), externalId, title: placeholder });
    const session = found.id;
    let output: HookOutput | undefined;
    let claims: Claim[] = [];
    /** Takes what is pending for this session; the hook's output carries it to the model. */
    const claimPending = (): string | undefined => {
      claims = claimDeliveries(ctx, { session, via: "hook" });
      return claims.length > 0 ? joinDeliveries(claims.map((c) => c.text)) : undefined;
    };
    if (found.agent === null && hookEvent !== "SessionEnd") attachAgent(ctx, { session, agent: AGENT });
    const event = (kind: string, data: Record<string, Json | undefined>) =>
      recordEvent(ctx, { kind, source: SOURCE, session, payload: JSON.parse(JSON.stringify(data)) as Record<string, Json> });
    const move = (to: Status) => moveStatus(ctx, { session, to });
    const tool = str(payload.tool_name) ?? "tool";
    const callId = str(payload.tool_use_id);

    switch (hookEvent) {
      case "SessionStart": {
        event("session_start", { source: str(payload.source), transcript: str(payload.transcript_path) });
        const endpoint = endpointFromEnv(options.env ?? {});
        if (endpoint) saveEndpoint(ctx.store, session, endpoint);
        const pending = claimPending();
        if (pending) output = context("SessionStart", pending);
        break;
      }
      case "UserPromptSubmit": {
        const prompt = str(payload.prompt);
        // The first prompt names the session better than its id does.
        const line = titleFromText(prompt);
        if (line && found.title === placeholder && found.messageCount === 0) setTitle(ctx, { session, title: line });
        // A message cairn sent over the socket comes back as a prompt: it is recorded already.
        const echoed = prompt === undefined ? undefined : ctx.store.write((w) => w.recentDeliveries(session)).find((d) => d.text === prompt);
        if (echoed?.state === "claimed") confirmDeliveries(ctx, { session, claims: [{ id: echoed.id, claim: echoed.claim!, via: echoed.via as DeliveryPath, text: echoed.text }] });
        else if (prompt && !echoed) appendMessage(ctx, { session, role: "user", message: String(clip(prompt, LIMITS.promptChars)), deliver: false });
        move("running");
        const pending = claimPending();
        if (pending) output = context("UserPromptSubmit", pending);
        break;
      }
      case "PreToolUse": {
        move("running");
        const refusal = lockRefusal({ tool, toolInput: payload.tool_input, root: cwd && gitTopLevel(cwd), session, locks: currentLocks(ctx.store, found.project) });
        const input = clip(payload.tool_input, LIMITS.toolChars);
        const part: Part = refusal
          ? { type: "tool", name: tool, state: "error", input, output: `refused by cairn: ${refusal}`, ...(callId ? { callId } : {}) }
          : { type: "tool", name: tool, state: "running", input, ...(callId ? { callId } : {}) };
        appendMessage(ctx, { session, role: "assistant", message: [part] });
        if (refusal) {
          event("tool_refused", { tool, summary: toolSummary(payload.tool_input), callId, reason: refusal });
          output = { hookSpecificOutput: { hookEventName: "PreToolUse", permissionDecision: "deny", permissionDecisionReason: refusal } };
        } else event("tool_started", { tool, summary: toolSummary(payload.tool_input), callId });
        break;
      }
      case "PostToolUse": {
        const failed = toolFailed(payload.tool_response);
        const done: Part = {
          type: "tool",
          name: tool,
          state: failed ? "error" : "completed",
          input: clip(payload.tool_input, LIMITS.toolChars),
          output: clip(payload.tool_response, LIMITS.toolChars),
          ...(callId ? { callId } : {}),
        };
        const started = ctx.store.write((w) =>
          w.toolParts(session).find(({ part }) => {
            const t = part as ToolPart;
            return callId ? t.callId === callId : t.name === tool && t.state === "running";
          }),
        );
        if (started) updatePart(ctx, { session, messageId: started.messageId, position: started.position, part: done });
        else appendMessage(ctx, { session, role: "assistant", message: [done] });
        event("tool_finished", { tool, summary: toolSummary(payload.tool_input), callId, ok: !failed });
        const pending = claimPending();
        if (pending) output = context("PostToolUse", pending);
        break;
      }
      case "Notification":
        move("waiting");
        event("notification", { message: clip(payload.message, LIMITS.notificationChars) });
        break;
      case "Stop": {
        // Block only while something is pending: an always-blocking Stop hook loops.
        const pending = claimPending();
        if (pending) {
          output = { decision: "block", reason: pending };
          event("turn_continued", { delivered: claims.length });
        } else {
          move("waiting");
          event("turn_finished", {});
        }
        break;
      }
      case "SessionEnd":
        move("done");
        event("session_end", { reason: str(payload.reason) });
        detachAgent(ctx, { session, reason: "the Claude Code session ended before it was delivered" });
        forgetEndpoint(ctx.store, session);
        break;
      default: {
        // Unknown and newer hook events are kept, never refused.
        const { session_id: _, transcript_path: __, cwd: ___, hook_event_name: ____, ...rest } = payload;
        const kept = clip(rest, LIMITS.unknownHookChars);
        const fields = kept && typeof kept === "object" && !Array.isArray(kept) ? kept : { preview: kept };
        event(kindOf(hookEvent), { hook: hookEvent, ...fields });
      }
    }
    return { session, event: hookEvent, output, claims };
  });
}
