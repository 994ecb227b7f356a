// @bun
import {
  CairnError,
  decodeUtf8,
  appendMessage,
  updatePart,
  sessionForExternalId,
  setTitle
} from "./cli-g5ebnejy.js";
import {
  clip,
  projectForCwd
} from "./cli-rd81hs0n.js";

// src/claude/transcript.ts
var MAX_TOOL_CHARS = 16000;
var MAX_TEXT_CHARS = 1e5;
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
function resultText(content) {
  if (typeof content === "string")
    return clip(content, MAX_TOOL_CHARS);
  if (Array.isArray(content)) {
    const texts = content.map((b) => isRecord(b) && typeof b.text === "string" ? b.text : isRecord(b) ? `[${String(b.type)}]` : String(b));
    return clip(texts.join(`
`), MAX_TOOL_CHARS);
  }
  return clip(content, MAX_TOOL_CHARS);
}
function blockToPart(block, sessionId, results) {
  if (typeof block === "string")
    return { type: "text", text: String(clip(block, MAX_TEXT_CHARS)) };
  if (!isRecord(block))
    return;
  switch (block.type) {
    case "text":
      return typeof block.text === "string" && block.text.trim() ? { type: "text", text: String(clip(block.text, MAX_TEXT_CHARS)) } : undefined;
    case "thinking":
      return typeof block.thinking === "string" && block.thinking.trim() ? { type: "reasoning", text: String(clip(block.thinking, MAX_TEXT_CHARS)) } : undefined;
    case "redacted_thinking":
      return { type: "reasoning", text: "(redacted)" };
    case "tool_use":
      return { type: "tool", name: String(block.name ?? "tool"), state: "running", input: clip(block.input, MAX_TOOL_CHARS), ...typeof block.id === "string" ? { callId: block.id } : {} };
    case "tool_result":
      if (typeof block.tool_use_id === "string")
        results.push({ sessionId, callId: block.tool_use_id, output: resultText(block.content), isError: block.is_error === true });
      return;
    case "image": {
      const source = isRecord(block.source) ? block.source : {};
      const data = typeof source.data === "string" ? source.data : "";
      const padding = data.endsWith("==") ? 2 : data.endsWith("=") ? 1 : 0;
      return { type: "image", mime: typeof source.media_type === "string" ? source.media_type : null, bytes: Math.floor(data.length * 3 / 4) - padding };
    }
    default:
      return { ...clip(block, MAX_TOOL_CHARS), type: String(block.type) };
  }
}
function threadOrder(lines) {
  const byUuid = new Map(lines.map((l) => [l.uuid, l]));
  const children = new Map;
  const roots = [];
  for (const line of lines) {
    const parent = typeof line.parentUuid === "string" ? line.parentUuid : undefined;
    if (parent && byUuid.has(parent) && parent !== line.uuid) {
      const list = children.get(parent) ?? [];
      list.push(line);
      children.set(parent, list);
    } else
      roots.push(line);
  }
  const ordered = [];
  const seen = new Set;
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const line = stack.pop();
    if (seen.has(line))
      continue;
    seen.add(line);
    ordered.push(line);
    stack.push(...[...children.get(line.uuid) ?? []].reverse());
  }
  for (const line of lines)
    if (!seen.has(line))
      ordered.push(line);
  return ordered;
}
function parseTranscript(text, fallbackSessionId) {
  const skipped = new Map;
  const titles = new Map;
  const conversation = [];
  for (const raw of text.split(`
`)) {
    if (raw.trim() === "")
      continue;
    let line;
    try {
      line = JSON.parse(raw);
    } catch {
      count(skipped, "malformed");
      continue;
    }
    if (!isRecord(line)) {
      count(skipped, "malformed");
      continue;
    }
    if (line.type === "summary" && typeof line.summary === "string") {
      titles.set(typeof line.sessionId === "string" ? line.sessionId : fallbackSessionId, line.summary);
    } else if ((line.type === "user" || line.type === "assistant") && typeof line.uuid === "string" && isRecord(line.message)) {
      conversation.push(line);
    } else {
      count(skipped, typeof line.type === "string" ? line.type : "untyped");
    }
  }
  const messages = [];
  const results = [];
  for (const line of threadOrder(conversation)) {
    const sessionId = typeof line.sessionId === "string" ? line.sessionId : fallbackSessionId;
    const content = line.message.content;
    const blocks = Array.isArray(content) ? content : [content];
    const parts = blocks.map((b) => blockToPart(b, sessionId, results)).filter((p) => p !== undefined);
    if (parts.length === 0)
      continue;
    const ts = typeof line.timestamp === "string" ? Date.parse(line.timestamp) : NaN;
    messages.push({
      uuid: line.uuid,
      sessionId,
      role: line.type,
      parts,
      ts: Number.isNaN(ts) ? Date.now() : ts,
      cwd: typeof line.cwd === "string" ? line.cwd : undefined
    });
  }
  const byCall = new Map;
  for (const m of messages)
    for (const p of m.parts)
      if (p.type === "tool" && p.callId)
        byCall.set(p.callId, p);
  for (const r of results) {
    const call = byCall.get(r.callId);
    if (!call)
      continue;
    call.state = r.isError ? "error" : "completed";
    if (r.output !== undefined)
      call.output = r.output;
  }
  return { messages, results, titles, skipped };
}

// src/claude/import.ts
var messageIdFor = (uuid) => `claude:${uuid}`;
var firstLine = (m) => {
  const text = m?.parts.find((p) => p.type === "text");
  return text?.text.trim().split(`
`)[0].slice(0, 80) || undefined;
};
var shrink = (parts) => parts.map((p) => {
  const cut = clip(p, 4000);
  return cut && typeof cut === "object" && !Array.isArray(cut) ? cut : { type: "text", text: String(cut) };
});
function importTranscript(ctx, text, fallbackSessionId, summary, sessionsSeen, projectOverride) {
  const transcript = parseTranscript(text, fallbackSessionId);
  for (const [reason, n] of transcript.skipped)
    summary.skipped[reason] = (summary.skipped[reason] ?? 0) + n;
  const bySession = Map.groupBy(transcript.messages, (m) => m.sessionId);
  for (const sessionId of new Set([...bySession.keys(), ...transcript.titles.keys(), ...transcript.results.map((r) => r.sessionId)])) {
    const messages = bySession.get(sessionId) ?? [];
    ctx.store.write((w) => {
      const existing = w.sessionByExternalId(sessionId);
      if (!existing && messages.length === 0)
        return;
      const project = existing?.project ?? projectForCwd(ctx, messages.find((m) => m.cwd)?.cwd, projectOverride);
      const title = transcript.titles.get(sessionId);
      const session = existing ?? sessionForExternalId(ctx, { project, externalId: sessionId, title: title ?? firstLine(messages.find((m) => m.role === "user")) });
      sessionsSeen.add(session.id);
      if (title && title !== session.title)
        setTitle(ctx, { session: session.id, title });
      for (const m of messages) {
        const id = messageIdFor(m.uuid);
        if (w.hasMessage(id))
          continue;
        try {
          appendMessage(ctx, { session: session.id, role: m.role, message: m.parts, id, ts: m.ts });
        } catch (error) {
          if (!(error instanceof CairnError) || error.code !== "invalid")
            throw error;
          try {
            appendMessage(ctx, { session: session.id, role: m.role, message: shrink(m.parts), id, ts: m.ts });
          } catch {
            summary.skipped.unimportable = (summary.skipped.unimportable ?? 0) + 1;
            continue;
          }
        }
        summary.messages++;
      }
      for (const r of transcript.results.filter((x) => x.sessionId === sessionId)) {
        const call = w.toolParts(session.id).find(({ part }) => part.callId === r.callId);
        if (!call || call.part.state !== "running")
          continue;
        updatePart(ctx, { session: session.id, messageId: call.messageId, position: call.position, part: { ...call.part, state: r.isError ? "error" : "completed", output: r.output } });
        summary.updated++;
      }
    });
  }
  summary.files++;
}
async function transcriptFiles(path) {
  const { statSync } = await import("fs");
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat)
    throw new CairnError("not_found", `no file or directory ${path}`);
  if (stat.isFile())
    return [path];
  const glob = new Bun.Glob("**/*.jsonl");
  return (await Array.fromAsync(glob.scan({ cwd: path, absolute: true }))).sort();
}
async function importClaude(ctx, path, progress, projectOverride) {
  const files = await transcriptFiles(path);
  const summary = { files: 0, sessions: 0, messages: 0, updated: 0, skipped: {} };
  const sessions = new Set;
  for (const [i, file] of files.entries()) {
    const bytes = new Uint8Array(await Bun.file(file).arrayBuffer());
    let text;
    try {
      text = decodeUtf8(file, bytes);
    } catch {
      summary.skipped.unreadable = (summary.skipped.unreadable ?? 0) + 1;
      continue;
    }
    const fallback = file.split("/").pop().replace(/\.jsonl$/, "");
    importTranscript(ctx, text, fallback, summary, sessions, projectOverride);
    progress?.(i + 1, files.length);
  }
  summary.sessions = sessions.size;
  return summary;
}
export {
  importClaude
};
