/** `cairn import claude [PATH]`: Claude Code transcripts into sessions and messages, idempotently. */
import type { CommandContext } from "../../commands/context.ts";
import { sessionForExternalId, setTitle, updatePart } from "../../commands/session.ts";
import { CairnError } from "../../domain/errors.ts";
import { titleFromText, type ToolPart } from "../../domain/message.ts";
import { decodeUtf8 } from "../../domain/text.ts";
import { appendImported, type ImportSummary } from "../core/import.ts";
import { projectForCwd } from "../core/project.ts";
import { parseTranscript } from "./transcript.ts";

export type { ImportSummary };

/** Message ids derived from the transcript's own uuid: importing again finds them taken. */
export const messageIdFor = (uuid: string): string => `claude:${uuid}`;

/** Imports one transcript file in one transaction. */
export function importTranscript(ctx: CommandContext, text: string, fallbackSessionId: string, summary: ImportSummary, sessionsSeen: Set<string>, projectOverride?: string): void {
  const transcript = parseTranscript(text, fallbackSessionId);
  for (const [reason, n] of transcript.skipped) summary.skipped[reason] = (summary.skipped[reason] ?? 0) + n;
  const bySession = Map.groupBy(transcript.messages, (m) => m.sessionId);
  for (const sessionId of new Set([...bySession.keys(), ...transcript.titles.keys(), ...transcript.results.map((r) => r.sessionId)])) {
    const messages = bySession.get(sessionId) ?? [];
    ctx.store.write((w) => {
      const existing = w.sessionByExternalId(sessionId);
      if (!existing && messages.length === 0) return; // a summary or a result for a session we never saw
      const project = existing?.project ?? projectForCwd(ctx, messages.find((m) => m.cwd)?.cwd, projectOverride);
      const title = transcript.titles.get(sessionId);
      const session = existing ?? sessionForExternalId(ctx, { project, externalId: sessionId, title: title ?? titleFromText(messages.find((m) => m.role === "user")?.parts) });
      sessionsSeen.add(session.id);
      if (title && title !== session.title) setTitle(ctx, { session: session.id, title });
      // What the hooks already recorded live: the same prompts, the same tool calls (by id).
      const known = w.parts(session.id);
      const calls = new Map(known.filter((k) => k.part.type === "tool" && (k.part as ToolPart).callId).map((k) => [(k.part as ToolPart).callId!, k]));
      const prompts = new Set(known.filter((k) => k.role === "user" && k.part.type === "text").map((k) => (k.part as { text: string }).text));
      for (const m of messages) {
        const id = messageIdFor(m.uuid);
        if (w.hasMessage(id)) continue;
        const parts = m.parts.filter((p) => !(p.type === "tool" && calls.has((p as ToolPart).callId ?? "")) && !(m.role === "user" && p.type === "text" && prompts.has((p as { text: string }).text)));
        if (parts.length === 0) {
          summary.skipped["recorded by hooks"] = (summary.skipped["recorded by hooks"] ?? 0) + 1;
          continue;
        }
        if (appendImported(ctx, { session: session.id, role: m.role, parts, id, ts: m.ts }, summary)) summary.messages++;
      }
      // Calls recorded while still running (by a hook, or an import of a transcript that has
      // grown since): complete them with their results.
      for (const r of transcript.results.filter((x) => x.sessionId === sessionId)) {
        const call = calls.get(r.callId);
        if (!call || (call.part as ToolPart).state !== "running") continue;
        updatePart(ctx, { session: session.id, messageId: call.messageId, position: call.position, part: { ...(call.part as ToolPart), state: r.isError ? "error" : "completed", output: r.output } });
        summary.updated++;
      }
    });
  }
  summary.files++;
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

/** Imports transcripts, reporting progress as it goes. */
export async function importClaude(ctx: CommandContext, path: string, progress?: (done: number, total: number) => void, projectOverride?: string): Promise<ImportSummary & { sessions: number }> {
  const files = await transcriptFiles(path);
  const summary: ImportSummary = { files: 0, sessions: 0, messages: 0, updated: 0, skipped: {} };
  const sessions = new Set<string>();
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await Bun.file(file).arrayBuffer());
    let text: string;
    try {
      text = decodeUtf8(file, bytes);
    } catch {
      summary.skipped.unreadable = (summary.skipped.unreadable ?? 0) + 1;
      continue;
    }
    const fallback = file.split("/").pop()!.replace(/\.jsonl$/, "");
    importTranscript(ctx, text, fallback, summary, sessions, projectOverride);
    progress?.(i + 1, files.length);
  }
  summary.sessions = sessions.size;
  return summary;
}
