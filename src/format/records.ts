import { eventSummary } from "../domain/event-rules.ts";
import { eventToJson, type CairnEvent } from "../domain/events.ts";
import { summarizeParts } from "../domain/message.ts";
import { isoTime } from "../domain/when.ts";
import { jsonText } from "../domain/json.ts";
import { approvalLine } from "../domain/supervision.ts";
import type { HeldLock } from "../domain/locks.ts";
import type { Delivery, Message, Project, Session, Supervision } from "../store/rows.ts";
import { fit, inert, inertLine } from "./inert.ts";
import { renderMarkdown, renderRecord, renderTable, type Column } from "./table.ts";
import { age, shortTime } from "./time.ts";

import type { Format } from "./formats.ts";

const iso = isoTime;

/** The JSON shapes scripts rely on (SPEC: names fixed, times ISO-8601). */
export const json = {
  event: eventToJson,
  project: (p: Project) => ({ ...p, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt) }),
  session: (s: Session) => ({ ...s, createdAt: iso(s.createdAt), updatedAt: iso(s.updatedAt) }),
  lock: (l: Lock) => ({ project: l.project, path: l.path, session: l.session, since: iso(l.since), seq: l.seq }),
  message: ({ delivery, ...m }: Message) => ({
    ...m,
    createdAt: iso(m.createdAt),
    ...(delivery ? { delivery: { state: delivery.state, via: delivery.via, at: delivery.at === null ? null : iso(delivery.at), ...(delivery.reason && delivery.state !== "delivered" ? { reason: delivery.reason } : {}) } } : {}),
  }),
};

/** A delivery for people: "pending", "delivered 12:03:04 via socket", "failed: agent ended". */
export function deliveryNote(d: Delivery): string {
  if (d.state === "pending") return d.reason ? `pending (last try: ${inertLine(d.reason)})` : "pending";
  if (d.state === "delivered") return `delivered ${d.at === null ? "" : shortTime(d.at)}${d.via ? ` via ${d.via}` : ""}`;
  return `failed: ${inertLine(d.reason ?? "unknown")}`;
}

export const eventColumns: Column<CairnEvent>[] = [
  { header: "seq", value: (e) => String(e.seq), align: "right" },
  { header: "time", value: (e) => shortTime(e.ts) },
  { header: "kind", value: (e) => e.kind, max: 28 },
  { header: "session", value: (e) => e.session ?? e.project ?? "", max: 16 },
  { header: "source → target", value: (e) => (e.source || e.target ? `${e.source ?? "·"} → ${e.target ?? "·"}` : ""), max: 28 },
  { header: "what", value: (e) => eventSummary(e), max: 60 },
];

export type Lock = HeldLock & { project: string };

export const lockColumns: Column<Lock>[] = [
  { header: "project", value: (l) => l.project },
  { header: "path", value: (l) => l.path, max: 60 },
  { header: "session", value: (l) => l.session },
  { header: "since", value: (l) => shortTime(l.since) },
];

export const projectColumns: Column<Project>[] = [
  { header: "id", value: (p) => p.id },
  { header: "name", value: (p) => p.name, max: 40 },
  { header: "archived", value: (p) => (p.archived ? "yes" : "") },
  { header: "repo", value: (p) => p.repo ?? "", max: 50 },
];

export const sessionColumns: Column<Session>[] = [
  { header: "id", value: (s) => s.id },
  { header: "status", value: (s) => s.status },
  // A subagent's session sits under its parent's (the list nests them), marked as a child.
  { header: "title", value: (s) => (s.parent ? `↳ ${s.title}` : s.title), max: 50 },
  { header: "msgs", value: (s) => String(s.messageCount), align: "right" },
  { header: "active", value: (s) => age(s.updatedAt), align: "right" },
];

const STREAM_WIDTHS = [6, 8, 22, 9, 18, 60];

/** One event as one stream line: a JSON object for scripts, fixed columns for people. */
export function eventLine(format: Format, e: CairnEvent): string {
  if (format === "json") return jsonText(json.event(e));
  return eventColumns
    .map((c, i) => fit(inertLine(c.value(e)), STREAM_WIDTHS[i]!, c.align))
    .join("  ")
    .trimEnd();
}

/** Prints a list in the chosen format. */
export function renderList<T>(format: Format, columns: Column<T>[], rows: T[], toJson: (row: T) => unknown): string {
  if (format === "json") return jsonText(rows.map(toJson), 2) + "\n";
  if (format === "markdown") return renderMarkdown(columns, rows);
  return renderTable(columns, rows);
}

export function renderProject(format: Format, p: Project): string {
  if (format === "json") return jsonText(json.project(p), 2) + "\n";
  return renderRecord(
    [
      ["id", p.id],
      ["name", p.name],
      ["repo", p.repo ?? ""],
      ["description", p.description ?? ""],
      ["archived", p.archived ? "yes" : "no"],
      ["created", iso(p.createdAt)],
      ["updated", iso(p.updatedAt)],
    ],
    format,
  );
}

/** A supervised session's agent, for `session show`. */
function supervisionRows(v: Supervision): Array<[string, string]> {
  return [
    ["agent", `${v.agent} (supervised${v.ask ? ", asks for approvals" : ""}), conversation ${v.agentSession}`],
    ["supervisor", v.pid !== null ? `live, pid ${v.pid}` : `ended${v.endedReason ? `: ${v.endedReason}` : ""}`],
    ["cwd", v.cwd],
    ...(v.worktree ? [["worktree", `${v.worktree} (branch ${v.branch})`] as [string, string]] : []),
    ...(v.approval ? [["approval", approvalLine(v.approval)] as [string, string]] : []),
  ];
}

export function renderSession(format: Format, s: Session, messages?: Message[], supervision?: Supervision): string {
  if (!messages) {
    if (format !== "json") return sessionHead(format, s, supervision);
    return jsonText(supervision ? { ...json.session(s), supervisor: supervision } : json.session(s), 2) + "\n";
  }
  let out = "";
  writeSession(format, s, [messages], 0, (text) => (out += text), supervision);
  return out;
}

function sessionHead(format: Exclude<Format, "json">, s: Session, supervision?: Supervision): string {
  return renderRecord(
    [
      ["id", s.id],
      ["project", s.project],
      ["title", s.title],
      ["status", s.status],
      ["messages", String(s.messageCount)],
      ["created", iso(s.createdAt)],
      ["active", `${iso(s.updatedAt)} (${age(s.updatedAt)} ago)`],
      ...(supervision ? supervisionRows(supervision) : []),
    ],
    format,
  );
}

/**
 * A session with its messages, written a page at a time: a session of 100,000 messages is
 * never held in memory whole. `first` is the number of messages before the first page (--after).
 * The text is the same as one render of all of them.
 */
export function writeSession(format: Format, s: Session, pages: Iterable<Message[]>, first: number, write: (text: string) => void, supervision?: Supervision): void {
  let n = first;
  if (format === "json") {
    // jsonText(body, 2) with the messages array written element by element (each indented 4).
    // "messages" is the last key: its [] is the last one in the text, whatever the title holds.
    const base = supervision ? { ...json.session(s), supervisor: supervision } : json.session(s);
    const whole = jsonText({ ...base, messages: [] }, 2);
    const cut = whole.lastIndexOf("[]");
    const [open, close] = [whole.slice(0, cut), whole.slice(cut + 2)];
    let any = false;
    for (const page of pages) {
      if (page.length === 0) continue;
      const items = page.map((m) => jsonText(json.message(m), 2).replace(/^/gm, "    "));
      write(`${any ? ",\n" : `${open}[\n`}${items.join(",\n")}`);
      any = true;
    }
    write(any ? `\n  ]${close}\n` : `${open}[]${close}\n`);
    return;
  }
  write(sessionHead(format, s, supervision));
  for (const page of pages) {
    const body = page.map((m) => {
      const title = `${++n}. ${m.role} · ${shortTime(m.createdAt)}${m.delivery ? ` · ${deliveryNote(m.delivery)}` : ""}`;
      const text = inert(summarizeParts(m.parts));
      return format === "markdown" ? `\n### ${title}\n\n${text.replace(/^/gm, "    ")}\n` : `\n${title}\n${text.replace(/^/gm, "  ")}\n`;
    });
    write(body.join(""));
  }
}
