/**
 * Records transcript entries into a session, the one way both the hook and the import do it:
 * message ids come from the entry's key within the session (a fork's copied lines get their
 * own), what is already there is left alone, tool results complete the calls they answer.
 */
import type { CommandContext } from "../../commands/context.ts";
import { updatePart } from "../../commands/session.ts";
import { finishedCall, type ToolPart } from "../../domain/message.ts";
import type { Session } from "../../store/rows.ts";
import type { Writer } from "../../store/store.ts";
import { appendImported, emptySummary } from "../core/import.ts";
import { callKey, type Entry, type MessageEntry, type ResultEntry } from "./transcript.ts";

/** A message's id: unique per session, the same whoever records it (hook or import). */
export const messageIdFor = (session: string, key: string): string => `c:${session}:${key}`;

export interface Recorded {
  messages: number;
  /** Tool calls completed by their results. */
  completed: number;
  /** Messages not recorded, by reason. */
  skipped: Record<string, number>;
  /** The last message recorded was an API error. */
  apiError: boolean;
}

export interface RecordOptions {
  /** A reply already recorded from a hook payload: its transcript line is not added again. */
  pendingReply?: string | null;
  /** Called for each message entry before it is recorded; returning false skips it (imports drop what older hooks recorded). */
  keep?: (entry: MessageEntry) => boolean;
}

const onlyText = (entry: MessageEntry): string | undefined => (entry.parts.length === 1 && entry.parts[0]!.type === "text" ? String(entry.parts[0]!.text) : undefined);

/** Completes a recorded tool call with its result, if the call is still open. */
export function completeCall(ctx: CommandContext, w: Writer, session: Session, result: Pick<ResultEntry, "callId" | "output" | "isError">): boolean {
  const messageId = messageIdFor(session.id, callKey(result.callId));
  const part = w.part(messageId, 1) as ToolPart | undefined;
  if (!part || part.type !== "tool" || (part.state !== "running" && part.state !== "pending")) return false;
  updatePart(ctx, { session: session.id, messageId, position: 1, part: finishedCall(part, result) });
  return true;
}

/** Records entries (already filtered to this session) in order; returns what it did and the reply still pending. */
export function recordEntries(ctx: CommandContext, w: Writer, session: Session, entries: Entry[], options: RecordOptions = {}): Recorded & { pendingReply: string | null } {
  const done: Recorded = { messages: 0, completed: 0, skipped: {}, apiError: false };
  const skip = (reason: string) => (done.skipped[reason] = (done.skipped[reason] ?? 0) + 1);
  let pending = options.pendingReply ?? null;
  // A call and its result read together are recorded finished at once, not started then updated.
  const results = new Map<string, ResultEntry>();
  for (const e of entries) if (e.type === "result") results.set(e.callId, e);
  const paired = new Set<ResultEntry>();
  for (const entry of entries) {
    if (entry.type === "result") {
      if (!paired.has(entry) && completeCall(ctx, w, session, entry)) done.completed++;
      continue;
    }
    const id = messageIdFor(session.id, entry.key);
    if (w.hasMessage(id)) continue;
    if (pending !== null && entry.role !== "user" && onlyText(entry) === pending) {
      pending = null; // recorded from the Stop hook already
      continue;
    }
    if (options.keep && !options.keep(entry)) {
      skip("recorded by hooks");
      continue;
    }
    const call = entry.parts[0]?.type === "tool" ? (entry.parts[0] as ToolPart) : undefined;
    const result = call?.callId ? results.get(call.callId) : undefined;
    if (call && result) {
      entry.parts[0] = finishedCall(call, result);
      paired.add(result);
    }
    // Over the size limit: cut harder once, else skipped (counted as unimportable).
    if (!appendImported(ctx, { session: session.id, role: entry.role, parts: entry.parts, id, ts: entry.ts }, { ...emptySummary(), skipped: done.skipped })) continue;
    done.messages++;
    done.apiError = entry.apiError === true;
  }
  return { ...done, pendingReply: pending };
}
