/**
 * `cairn import claude [PATH]`: Claude Code transcripts into sessions and messages, idempotently,
 * and in agreement with what the hooks recorded live: the same message ids (so an import after
 * hooks adds only what is missing), subagents as child sessions, titles from `summary` lines
 * given to the session that owns their `leafUuid`.
 */
import type { CommandContext } from "../../commands/context.ts";
import { moveStatus, sessionForExternalId, setTitle, updatePart } from "../../commands/session.ts";
import { CairnError } from "../../domain/errors.ts";
import { finishedCall, titleFromText, type ToolPart } from "../../domain/message.ts";
import { decodeUtf8 } from "../../domain/text.ts";
import type { Session } from "../../store/rows.ts";
import type { Writer } from "../../store/store.ts";
import { emptySummary, type ImportSummary } from "../core/import.ts";
import { projectForCwd } from "../core/project.ts";
import { recordEntries } from "./record.ts";
import { parseTranscript, type Entry, type MessageEntry, type Transcript } from "./transcript.ts";

export type { ImportSummary };

/** The external id of a subagent's child session. */
export const childExternalId = (sessionId: string, agentId: string): string => `${sessionId}/${agentId}`;

const add = (into: Record<string, number>, from: Record<string, number> | Map<string, number>) => {
  for (const [reason, n] of from instanceof Map ? from : Object.entries(from)) into[reason] = (into[reason] ?? 0) + n;
};

/**
 * What cairn versions before message ids per session recorded: prompts, replies and tool calls
 * under other ids. The import leaves those alone instead of adding them twice.
 */
function legacyFilter(w: Writer, session: Session) {
  const known = w.parts(session.id);
  const calls = new Map<string, { messageId: string; position: number; part: ToolPart }>();
  const texts = new Set<string>();
  for (const k of known) {
    if (k.part.type === "tool" && (k.part as ToolPart).callId) calls.set((k.part as ToolPart).callId!, { messageId: k.messageId, position: k.position, part: k.part as ToolPart });
    else if (k.part.type === "text") texts.add(`${k.role}\n${String(k.part.text)}`);
  }
  const keep = (entry: MessageEntry) => {
    if (w.hasMessage(`claude:${entry.uuid}`)) return false;
    const tool = entry.parts[0]?.type === "tool" ? (entry.parts[0] as ToolPart) : undefined;
    if (tool?.callId && calls.has(tool.callId)) return false;
    return !(entry.parts.length === 1 && entry.parts[0]!.type === "text" && texts.has(`${entry.role}\n${String(entry.parts[0]!.text)}`));
  };
  return { calls, keep };
}

/** The status a transcript implies for a session no hook recorded: ended, or failed on an API error. */
const impliedStatus = (entries: Entry[]) => {
  const last = entries.findLast((e): e is MessageEntry => e.type === "message");
  return last?.apiError ? "failed" : "done";
};

/** Imports one session's (or subagent's) entries in one transaction. */
function importSession(ctx: CommandContext, entries: Entry[], key: { sessionId: string; agentId?: string }, summary: ImportSummary, sessionsSeen: Set<string>, projectOverride?: string): void {
  const messages = entries.filter((e): e is MessageEntry => e.type === "message");
  ctx.store.write((w) => {
    const externalId = key.agentId ? childExternalId(key.sessionId, key.agentId) : key.sessionId;
    const existing = w.sessionByExternalId(externalId);
    if (!existing && messages.length === 0) return; // results for a session we never saw
    const cwd = messages.find((m) => m.cwd)?.cwd;
    // A subagent's parent: imported before it (files are sorted), or created here.
    const parent = key.agentId
      ? (w.sessionByExternalId(key.sessionId) ?? sessionForExternalId(ctx, { project: projectForCwd(ctx, cwd, projectOverride), externalId: key.sessionId, title: `Claude Code ${key.sessionId.slice(0, 8)}` }))
      : undefined;
    const project = existing?.project ?? parent?.project ?? projectForCwd(ctx, cwd, projectOverride);
    const title = titleFromText(messages.find((m) => m.role === "user")?.parts) ?? (key.agentId ? `subagent ${key.agentId.slice(0, 8)}` : `Claude Code ${key.sessionId.slice(0, 8)}`);
    const session = existing ?? sessionForExternalId(ctx, { project, externalId, title, ...(parent ? { parent: parent.id } : {}) });
    sessionsSeen.add(session.id);
    const live = w.agentSession(session.id) !== undefined;
    const legacy = existing ? legacyFilter(w, session) : undefined;
    const done = recordEntries(ctx, w, session, entries, { keep: legacy?.keep, pendingReply: w.agentSession(session.id)?.pendingReply });
    summary.messages += done.messages;
    summary.updated += done.completed;
    add(summary.skipped, done.skipped);
    // Calls an older cairn's hooks recorded while running: complete them with their results.
    for (const r of entries) {
      const call = r.type === "result" ? legacy?.calls.get(r.callId) : undefined;
      const part = call && (w.part(call.messageId, call.position) as ToolPart | undefined);
      if (r.type !== "result" || !call || part?.state !== "running") continue;
      updatePart(ctx, { session: session.id, messageId: call.messageId, position: call.position, part: finishedCall(part, r) });
      summary.updated++;
    }
    // No hook watched this session: the transcript is all there is to say how it went.
    if (!live) {
      const to = impliedStatus(entries);
      const now = w.session(session.id)!.status;
      if (now !== to && now !== "cancelled") moveStatus(ctx, { session: session.id, to });
    }
  });
}

/** Imports one parsed transcript: each session (and subagent) it holds. */
export function importTranscript(ctx: CommandContext, transcript: Transcript, summary: ImportSummary, sessionsSeen: Set<string>, projectOverride?: string): void {
  add(summary.skipped, transcript.skipped);
  const groups = Map.groupBy(transcript.entries, (e) => `${e.sessionId}\n${e.agentId ?? ""}`);
  for (const [group, entries] of groups) {
    const [sessionId, agentId] = group.split("\n") as [string, string];
    importSession(ctx, entries, { sessionId, ...(agentId ? { agentId } : {}) }, summary, sessionsSeen, projectOverride);
  }
  summary.files++;
}

/** Gives each `summary` title to the session that holds its leaf line (the newest holder when a fork copied it). */
function applyTitles(ctx: CommandContext, titles: Transcript["titles"], owners: Transcript["uuids"], summary: ImportSummary): void {
  for (const t of titles) {
    const owner = t.leafUuid ? owners.get(t.leafUuid) : { sessionId: t.sessionId };
    const externalId = owner && ("agentId" in owner && owner.agentId ? childExternalId(owner.sessionId, owner.agentId) : owner.sessionId);
    ctx.store.write((w) => {
      const session = externalId ? w.sessionByExternalId(externalId) : undefined;
      if (!session) {
        summary.skipped["summary of an unknown session"] = (summary.skipped["summary of an unknown session"] ?? 0) + 1;
        return;
      }
      if (session.title !== t.title) setTitle(ctx, { session: session.id, title: t.title });
    });
  }
}

/** Every .jsonl file at `path` (a file, or a directory searched recursively), sorted. */
export async function transcriptFiles(path: string): Promise<string[]> {
  const { statSync } = await import("node:fs");
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new CairnError("not_found", `no file or directory ${path}`);
  if (stat.isFile()) return [path];
  const glob = new Bun.Glob("**/*.jsonl");
  return (await Array.fromAsync(glob.scan({ cwd: path, absolute: true }))).sort();
}

/** The session a file belongs to when its lines do not say: `<session>.jsonl`, or `<session>/subagents/agent-<id>.jsonl`. */
const fallbackSessionId = (file: string): string => {
  const sub = file.match(/([^/]+)\/subagents\/agent-[^/]+\.jsonl$/);
  return sub ? sub[1]! : file.split("/").pop()!.replace(/\.jsonl$/, "");
};

/** Imports transcripts, reporting progress as it goes. */
export async function importClaude(ctx: CommandContext, path: string, progress?: (done: number, total: number) => void, projectOverride?: string): Promise<ImportSummary> {
  const files = await transcriptFiles(path);
  const summary = emptySummary();
  const sessions = new Set<string>();
  const titles: Transcript["titles"] = [];
  const owners: Transcript["uuids"] = new Map();
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await Bun.file(file).arrayBuffer());
    let text: string;
    try {
      text = decodeUtf8(file, bytes);
    } catch {
      summary.skipped.unreadable = (summary.skipped.unreadable ?? 0) + 1;
      continue;
    }
    const transcript = parseTranscript(text, fallbackSessionId(file));
    titles.push(...transcript.titles);
    // A fork copies its original's lines: the leaf belongs to the session where it is the last line.
    for (const [uuid, owner] of transcript.uuids) if (!owners.get(uuid)?.last || owner.last) owners.set(uuid, owner);
    importTranscript(ctx, transcript, summary, sessions, projectOverride);
    progress?.(i + 1, files.length);
  }
  applyTitles(ctx, titles, owners, summary);
  summary.sessions = sessions.size;
  return summary;
}
