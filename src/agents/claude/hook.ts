/**
 * `cairn hook claude`: one Claude Code hook payload becomes sessions, messages, statuses and
 * coordination events, as the table in `hook-events.ts` says. Everything for one payload
 * commits in one transaction, so 20 hooks racing for the same new session still make one.
 *
 * Around the table's rule, every payload: finds (or creates) its session, a subagent's events
 * going to the subagent's own child session; remembers Claude Code's process (CLAUDE_PID) so a
 * session whose agent is gone is shown as ended; and, for events that read the transcript,
 * records what Claude wrote since the last look (its text and thinking, tool results), reading
 * only the new bytes from the offset kept for the session.
 */
import { recordEvent } from "../../commands/event.ts";
import type { CommandContext } from "../../commands/context.ts";
import { appendMessage, moveStatus, sessionForExternalId, setTitle } from "../../commands/session.ts";
import { attachAgent, claimDeliveries, type Claim } from "../../commands/delivery.ts";
import { joinDeliveries } from "../../domain/delivery.ts";
import { fail } from "../../domain/errors.ts";
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import { titleFromText } from "../../domain/message.ts";
import { processStart } from "../../store/process.ts";
import type { Session } from "../../store/rows.ts";
import type { AgentSessionRow } from "../../store/statements.ts";
import type { Writer } from "../../store/store.ts";
import { clip } from "../core/clip.ts";
import { projectForCwd } from "../core/project.ts";
import { kindOf, str } from "../core/record.ts";
import { readNewLines } from "../core/tail.ts";
import { applyStatus, HOOK_EVENTS, type HookContext, type HookOutput, type HookPayload, type HookRule } from "./hook-events.ts";
import { messageIdFor, recordEntries } from "./record.ts";
import { entriesOf, replyKey, type Entry, type MessageEntry } from "./transcript.ts";

export type { HookOutput, HookPayload };

const SOURCE = "claude";
/** The agent name sessions recorded by these hooks are attached to. */
const AGENT = "claude";

export interface HookResult {
  session: string;
  event: string;
  /** Printed on stdout (nothing when absent). */
  output?: HookOutput;
  /** Items the output delivers: confirmed once it is printed. */
  claims: Claim[];
}

export { kindOf };

/** Unknown and newer hook events are kept, never refused. */
const UNKNOWN: HookRule = {
  record(h) {
    const { session_id: _, transcript_path: __, cwd: ___, hook_event_name: hook, ...rest } = h.payload;
    const kept = clip(rest, LIMITS.unknownHookChars);
    const fields = kept && typeof kept === "object" && !Array.isArray(kept) ? kept : { preview: kept };
    h.event(kindOf(String(hook)), { hook: String(hook), ...fields });
  },
};

const mainPlaceholder = (externalId: string) => `Claude Code ${externalId.slice(0, 8)}`;
const childPlaceholder = (agentId: string) => `subagent ${agentId.slice(0, 8)}`;

/** A subagent's transcript: `<session>/subagents/agent-<id>.jsonl` beside the session's own. */
export function subagentTranscript(transcript: string | undefined, sessionId: string, agentId: string): string | undefined {
  if (!transcript) return undefined;
  if (transcript.includes("/subagents/agent-")) return transcript;
  return `${transcript.replace(/\/[^/]*$/, "")}/${sessionId}/subagents/agent-${agentId}.jsonl`;
}

/** The subagent's own session, under its parent (created on its first event). */
function childSession(ctx: CommandContext, w: Writer, parent: Session, externalId: string, agentId: string): Session {
  const childId = `${externalId}/${agentId}`;
  return w.sessionByExternalId(childId) ?? sessionForExternalId(ctx, { project: parent.project, externalId: childId, title: childPlaceholder(agentId), parent: parent.id });
}

/** Records one hook payload, and says what to print back. `env` is the hook's environment. */
export function recordHook(ctx: CommandContext, payload: HookPayload, options: { project?: string; env?: Record<string, string | undefined> } = {}): HookResult {
  const externalId = str(payload.session_id) ?? fail("invalid", "hook payload has no session_id");
  const hookEvent = str(payload.hook_event_name) ?? fail("invalid", "hook payload has no hook_event_name");
  const env = options.env ?? process.env;
  return ctx.store.write((w) => {
    // Only the first payload of a session needs its project (a walk up the directory tree).
    const main = w.sessionByExternalId(externalId) ?? sessionForExternalId(ctx, { project: projectForCwd(ctx, str(payload.cwd), options.project), externalId, title: mainPlaceholder(externalId) });
    const agentId = str(payload.agent_id);
    let session = agentId ? childSession(ctx, w, main, externalId, agentId) : main;
    const placeholder = agentId ? childPlaceholder(agentId) : mainPlaceholder(externalId);
    const rule = HOOK_EVENTS[hookEvent] ?? UNKNOWN;
    // Deliveries go to the main session's agent (a subagent's events do not attach or claim).
    if (main.agent === null && hookEvent !== "SessionEnd") attachAgent(ctx, { session: main.id, agent: AGENT });
    let output: HookOutput | undefined;
    let claims: Claim[] = [];

    const saved = w.agentSession(session.id);
    const state: AgentSessionRow = saved ? { ...saved } : { session: session.id, pid: null, pidStart: null, transcript: null, transcriptOffset: 0, pendingReply: null };
    const pid = Number(env.CLAUDE_PID);
    if (Number.isSafeInteger(pid) && pid > 0 && pid !== state.pid) {
      state.pid = pid;
      state.pidStart = processStart(pid);
    }

    const replied = new Set<string>();
    if (rule.transcript) {
      const path = agentId ? subagentTranscript(str(payload.agent_transcript_path) ?? str(payload.transcript_path), externalId, agentId) : str(payload.transcript_path);
      if (path) {
        if (path !== state.transcript) {
          state.transcript = path;
          state.transcriptOffset = 0;
        }
        const tail = readNewLines(path, state.transcriptOffset);
        // The main transcript holds only the main conversation; a subagent's file only its own.
        // (Loops, not .filter()/.find(): each Array builtin costs a hook ~0.2 ms on first use.)
        const entries: Entry[] = [];
        for (const e of entriesOf(tail.lines, externalId)) if (agentId !== undefined || e.agentId === undefined) entries.push(e);
        const done = recordEntries(ctx, w, session, entries, { pendingReply: state.pendingReply });
        let first: MessageEntry | undefined;
        let last: MessageEntry | undefined;
        for (const e of entries) {
          if (e.type !== "message") continue;
          if (e.role !== "user" && e.parts.length === 1 && e.parts[0]!.type === "text") replied.add(String(e.parts[0]!.text));
          if (!first && e.role === "user") first = e;
          last = e;
        }
        state.pendingReply = done.pendingReply;
        state.transcriptOffset = tail.offset;
        // The turn ended on an API error: failed, even if StopFailure never ran (in -p mode
        // Claude Code may exit before that hook finishes).
        if (last?.apiError && w.session(session.id)!.status !== "failed") {
          moveStatus(ctx, { session: session.id, to: "failed" });
          recordEvent(ctx, { kind: "turn_failed", source: SOURCE, session: session.id, payload: { message: String(clip(last.parts.map((p) => String((p as { text?: unknown }).text ?? "")).join(" "), 2_000)) } });
        }
        // A session whose first prompt no hook saw is named by the transcript's.
        const title = first ? titleFromText(first.parts) : undefined;
        if (title && w.session(session.id)!.title === placeholder) setTitle(ctx, { session: session.id, title });
      }
    }

    session = w.session(session.id)!;
    const h: HookContext = {
      ctx,
      w,
      payload,
      session,
      placeholder,
      event: (kind: string, data: Record<string, Json | undefined>) =>
        recordEvent(ctx, { kind, source: SOURCE, session: session.id, payload: JSON.parse(JSON.stringify(data)) as Record<string, Json> }),
      reply(role, text) {
        // Claude Code writes the turn's last reply to the transcript after this hook: record it
        // from the payload now, and remember it so its line is not added again when it arrives.
        if (!text || replied.has(text)) return;
        const id = messageIdFor(session.id, replyKey(str(payload.prompt_id) ?? "", text));
        if (w.hasMessage(id)) return;
        appendMessage(ctx, { session: session.id, role, message: String(clip(text, LIMITS.transcriptTextChars)), id });
        state.pendingReply = text;
      },
      env,
      claimPending() {
        if (agentId) return undefined;
        claims = claimDeliveries(ctx, { session: session.id, via: "hook" });
        return claims.length > 0 ? joinDeliveries(claims) : undefined;
      },
      claimed: () => claims.length,
      say(said) {
        output = said;
      },
      said: () => output,
    };
    rule.record?.(h);
    applyStatus({ ...h, session: w.session(session.id)! }, rule);
    if (JSON.stringify(state) !== JSON.stringify(saved)) w.saveAgentSession(state);
    return { session: session.id, event: hookEvent, output, claims };
  });
}
