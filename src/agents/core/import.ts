/**
 * Importing an agent's own session log (Codex rollouts, Gemini chats) into cairn: each harness
 * parses its files into `AgentLog`s; this writes them, one session per transaction, so that
 * importing again adds only what is new (message ids come from the log's own ids) and a session
 * the hooks recorded live gets only what the hooks could not see (the same prompts, tool calls
 * and replies are recognised and left out).
 */
import type { CommandContext } from "../../commands/context.ts";
import { appendMessage, sessionForExternalId, updatePart } from "../../commands/session.ts";
import { CairnError } from "../../domain/errors.ts";
import { externalIdFor, HARNESS_NAMES, type Harness } from "../../domain/harness.ts";
import type { Json } from "../../domain/json.ts";
import { LIMITS } from "../../domain/limits.ts";
import { finishedCall, titleFromText, type Part, type ToolPart } from "../../domain/message.ts";
import { decodeUtf8 } from "../../domain/text.ts";
import { sessionOfConversation } from "../../store/agents.ts";
import { clip } from "./clip.ts";
import { isDeliveredEcho } from "./echo.ts";
import { projectForCwd } from "./project.ts";

export interface LogMessage {
  /** The log's own id for this entry: unique within its session. */
  id: string;
  role: "user" | "assistant";
  parts: Part[];
  ts: number;
}

/** A tool's result, found apart from its call. */
export interface LogResult {
  callId: string;
  output: Json | undefined;
  isError: boolean;
}

/** One session as an agent's log holds it. */
export interface AgentLog {
  /** The agent's own id for the session. */
  id: string;
  cwd?: string;
  messages: LogMessage[];
  results: LogResult[];
}

export interface ImportSummary {
  files: number;
  sessions: number;
  messages: number;
  /** Tool calls completed by results that arrived after their call was recorded. */
  updated: number;
  /** Lines and messages not imported, by reason. */
  skipped: Record<string, number>;
}

/** A log's results finish the calls made in the same log, before anything is written: those are recorded finished. */
export function pairResults(log: AgentLog): void {
  const byCall = new Map(log.results.map((r) => [r.callId, r]));
  for (const m of log.messages)
    for (let i = 0; i < m.parts.length; i++) {
      const part = m.parts[i]!;
      const r = part.type === "tool" && part.state === "running" && typeof part.callId === "string" ? byCall.get(part.callId) : undefined;
      if (r) m.parts[i] = finishedCall(part as ToolPart, r);
    }
}

export const emptySummary = (): ImportSummary => ({ files: 0, sessions: 0, messages: 0, updated: 0, skipped: {} });
export const countSkipped = (summary: ImportSummary, reason: string, n = 1) => void (summary.skipped[reason] = (summary.skipped[reason] ?? 0) + n);

/** A message id from the log's own: the same entry imported again finds it taken. */
function messageId(harness: Harness, session: string, id: string): string {
  const full = `${harness}:${session}:${id}`;
  return full.length <= LIMITS.ref ? full : `${harness}:${Bun.hash(full).toString(36)}`;
}

/** A message over the size limit gets its parts cut harder once before it is skipped. */
const shrink = (parts: Part[]): Part[] =>
  parts.map((p) => {
    const cut = clip(p, LIMITS.shrunkPartChars);
    return cut && typeof cut === "object" && !Array.isArray(cut) ? (cut as Part) : { type: "text", text: String(cut) };
  });

/**
 * Appends one imported message; one over the size limit is cut harder once, then skipped (and
 * counted as unimportable). Returns whether it was added.
 */
export function appendImported(ctx: CommandContext, m: { session: string; role: string; parts: Part[]; id: string; ts: number }, summary: ImportSummary): boolean {
  try {
    appendMessage(ctx, { session: m.session, role: m.role, message: m.parts, id: m.id, ts: m.ts, deliver: false });
  } catch (error) {
    if (!(error instanceof CairnError) || error.code !== "invalid") throw error;
    try {
      appendMessage(ctx, { session: m.session, role: m.role, message: shrink(m.parts), id: m.id, ts: m.ts, deliver: false });
    } catch {
      countSkipped(summary, "unimportable");
      return false;
    }
  }
  return true;
}

const sameCall = (a: ToolPart, b: ToolPart) => a.name === b.name && JSON.stringify(a.input) === JSON.stringify(b.input);
const textOf = (p: Part) => (p.type === "text" || p.type === "reasoning" ? (p as { text: string }).text : undefined);

/** Writes one session's log (one transaction); returns the cairn session, or undefined for an empty log. */
export function importLog(ctx: CommandContext, harness: Harness, log: AgentLog, summary: ImportSummary, projectOverride?: string): string | undefined {
  return ctx.store.write((w) => {
    const externalId = externalIdFor(harness, log.id);
    // A conversation cairn supervised has the session `cairn run` made for it.
    const supervised = sessionOfConversation(ctx.store, harness, log.id);
    const existing = w.sessionByExternalId(externalId) ?? (supervised === undefined ? undefined : w.session(supervised));
    if (!existing && log.messages.length === 0) return undefined;
    const session =
      existing ??
      sessionForExternalId(ctx, {
        project: projectForCwd(ctx, log.cwd, projectOverride, HARNESS_NAMES[harness]),
        externalId,
        title: titleFromText(log.messages.find((m) => m.role === "user")?.parts) ?? `${HARNESS_NAMES[harness]} ${log.id.slice(0, 8)}`,
      });
    // What the hooks (or a supervisor) already recorded live: the same prompts, replies and
    // reasoning (by text), the same tool calls (by id).
    const known = w.parts(session.id);
    const calls = new Map(known.filter((k) => k.part.type === "tool" && (k.part as ToolPart).callId).map((k) => [(k.part as ToolPart).callId!, k]));
    const said = new Set(known.filter((k) => textOf(k.part) !== undefined).map((k) => `${k.role}\n${k.part.type}\n${textOf(k.part)}`));
    // A hook that gives a turn's replies as one text (Gemini's AfterAgent: joined by newlines)
    // recorded the log's consecutive replies of that turn.
    const inOne = new Set<Part>();
    let turn: Part[] = [];
    const joinedSaid = () => {
      for (let i = 0; i < turn.length; i++)
        for (let j = i + 2; j <= turn.length; j++) if (said.has(`assistant\ntext\n${turn.slice(i, j).map(textOf).join("\n")}`)) for (const p of turn.slice(i, j)) inOne.add(p);
      turn = [];
    };
    for (const m of log.messages) {
      if (m.role === "user") joinedSaid();
      else turn.push(...m.parts.filter((p) => p.type === "text"));
    }
    joinedSaid();
    // Hooks that carry no call id (Gemini's): such a call is the log's call of the same name and input, taken in order.
    const unnamed = known.filter((k) => k.part.type === "tool" && !(k.part as ToolPart).callId);
    for (const m of log.messages)
      for (const p of m.parts) {
        const callId = p.type === "tool" ? (p as ToolPart).callId : undefined;
        if (!callId || calls.has(callId)) continue;
        const i = unnamed.findIndex((k) => sameCall(k.part as ToolPart, p as ToolPart));
        if (i !== -1) calls.set(callId, unnamed.splice(i, 1)[0]!);
      }
    for (const m of log.messages) {
      const id = messageId(harness, log.id, m.id);
      if (w.hasMessage(id)) continue;
      const parts = m.parts.filter(
        (p) =>
          !(p.type === "tool" && calls.has((p as ToolPart).callId ?? "")) &&
          !inOne.has(p) &&
          !(textOf(p) !== undefined && (said.has(`${m.role}\n${p.type}\n${textOf(p)}`) || (m.role === "user" && p.type === "text" && isDeliveredEcho(w, session.id, textOf(p)!)))),
      );
      if (parts.length === 0) {
        countSkipped(summary, "recorded by hooks");
        continue;
      }
      if (appendImported(ctx, { session: session.id, role: m.role, parts, id, ts: m.ts }, summary)) summary.messages++;
    }
    // Calls recorded while still running (by a hook, or an import of a log that has grown
    // since): complete them with their results.
    for (const r of log.results) {
      const call = calls.get(r.callId);
      if (!call || (call.part as ToolPart).state !== "running") continue;
      updatePart(ctx, { session: session.id, messageId: call.messageId, position: call.position, part: { ...(call.part as ToolPart), state: r.isError ? "error" : "completed", output: r.output } });
      summary.updated++;
    }
    return session.id;
  });
}

/** Every file at `path` (a file, or a directory searched recursively) matching `pattern`, sorted. */
export async function logFiles(path: string, pattern: string): Promise<string[]> {
  const { statSync } = await import("node:fs");
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new CairnError("not_found", `no file or directory ${path}`);
  if (stat.isFile()) return [path];
  return (await Array.fromAsync(new Bun.Glob(pattern).scan({ cwd: path, absolute: true }))).sort();
}

/** Imports every log file at `path`, each parsed by `parse` into sessions, reporting progress. */
export async function importLogs(
  ctx: CommandContext,
  harness: Harness,
  files: string[],
  parse: (text: string, file: string, summary: ImportSummary) => AgentLog[],
  options: { progress?: (done: number, total: number) => void; project?: string } = {},
): Promise<ImportSummary> {
  const summary = emptySummary();
  const sessions = new Set<string>();
  for (const [i, file] of files.entries()) {
    let text: string;
    try {
      text = decodeUtf8(file, new Uint8Array(await Bun.file(file).arrayBuffer()));
    } catch {
      countSkipped(summary, "unreadable");
      continue;
    }
    for (const log of parse(text, file, summary)) {
      const session = importLog(ctx, harness, log, summary, options.project);
      if (session) sessions.add(session);
    }
    summary.files++;
    options.progress?.(i + 1, files.length);
  }
  summary.sessions = sessions.size;
  return summary;
}
