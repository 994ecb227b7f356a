// @bun
var __create = Object.create;
var __getProtoOf = Object.getPrototypeOf;
var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
function __accessProp(key) {
  return this[key];
}
var __toESMCache_node;
var __toESMCache_esm;
var __toESM = (mod, isNodeMode, target) => {
  var canCache = mod != null && typeof mod === "object";
  if (canCache) {
    var cache = isNodeMode ? __toESMCache_node ??= new WeakMap : __toESMCache_esm ??= new WeakMap;
    var cached = cache.get(mod);
    if (cached)
      return cached;
  }
  target = mod != null ? __create(__getProtoOf(mod)) : {};
  const to = isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", { value: mod, enumerable: true }) : target;
  if (mod && typeof mod === "object" || typeof mod === "function") {
    for (let key of __getOwnPropNames(mod))
      if (!__hasOwnProp.call(to, key))
        __defProp(to, key, {
          get: __accessProp.bind(mod, key),
          enumerable: true
        });
  }
  if (canCache)
    cache.set(mod, to);
  return to;
};
var __commonJS = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);
var __returnValue = (v) => v;
function __exportSetter(name, newValue) {
  this[name] = __returnValue.bind(null, newValue);
}
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, {
      get: all[name],
      enumerable: true,
      configurable: true,
      set: __exportSetter.bind(all, name)
    });
};
var __require = import.meta.require;

// src/domain/errors.ts
class CairnError extends Error {
  code;
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "CairnError";
  }
}
var fail = (code, message) => {
  throw new CairnError(code, message);
};
var exitCodeOf = (code) => code === "usage" ? 2 : 1;

// src/domain/limits.ts
var LIMITS = {
  messageBytes: 256 * 1024,
  payloadBytes: 64 * 1024,
  jsonDepth: 64,
  parts: 256,
  title: 500,
  ref: 128,
  listLimit: 1e4
};

// src/domain/text.ts
function cleanText(what, value, maxChars = LIMITS.title) {
  if (value.includes("\x00"))
    fail("invalid", `${what} contains a NUL byte`);
  if (value.length > maxChars)
    fail("invalid", `${what} is too long (${value.length} characters, limit ${maxChars})`);
  return value;
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(what, bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return fail("invalid", `${what} is not valid UTF-8`);
  }
}
var byteLength = (text) => Buffer.byteLength(text, "utf8");

// src/domain/json.ts
function tooDeep(value, limit) {
  const stack = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop();
    if (item === null || typeof item !== "object")
      continue;
    if (depth > limit)
      return true;
    for (const child of Object.values(item))
      stack.push([child, depth + 1]);
  }
  return false;
}
function checkedJson(what, value, maxBytes) {
  if (tooDeep(value, LIMITS.jsonDepth))
    fail("invalid", `${what} is nested deeper than ${LIMITS.jsonDepth} levels`);
  const text = JSON.stringify(value);
  if (text === undefined)
    fail("invalid", `${what} is not JSON`);
  if (text.includes("\\u0000"))
    fail("invalid", `${what} contains a NUL byte`);
  const bytes = byteLength(text);
  if (bytes > maxBytes)
    fail("invalid", `${what} is too large (${bytes} bytes, limit ${maxBytes})`);
  return text;
}
function parsePayload(text) {
  const bytes = byteLength(text);
  if (bytes > LIMITS.payloadBytes)
    fail("invalid", `payload is too large (${bytes} bytes, limit ${LIMITS.payloadBytes})`);
  let depth = 0;
  let inString = false;
  for (let i = 0;i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\")
        i++;
      else if (c === '"')
        inString = false;
    } else if (c === '"')
      inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > LIMITS.jsonDepth)
        fail("invalid", `payload is nested deeper than ${LIMITS.jsonDepth} levels`);
    } else if (c === "}" || c === "]")
      depth--;
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail("invalid", `payload is not valid JSON: ${error.message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("invalid", 'payload must be a JSON object, like {"task":"build"}');
  }
  return value;
}
function checkedPayload(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail("invalid", "payload must be a JSON object");
  checkedJson("payload", value, LIMITS.payloadBytes);
  return value;
}

// src/domain/message.ts
var ROLES = ["user", "assistant", "system", "tool"];
var TOOL_STATES = ["pending", "running", "completed", "error"];
function role(value) {
  if (!ROLES.includes(value))
    fail("invalid", `invalid role ${JSON.stringify(value)}: use one of ${ROLES.join(", ")}`);
  return value;
}
var isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function checkPart(part, index) {
  const where = `part ${index + 1}`;
  if (!isRecord(part) || typeof part.type !== "string" || part.type === "")
    fail("invalid", `${where} must be an object with a "type"`);
  const p = part;
  switch (p.type) {
    case "text":
    case "reasoning":
      if (typeof p.text !== "string")
        fail("invalid", `${where} (${p.type}) needs a "text" string`);
      break;
    case "tool":
      if (typeof p.name !== "string" || p.name === "")
        fail("invalid", `${where} (tool) needs a "name"`);
      if (!TOOL_STATES.includes(p.state))
        fail("invalid", `${where} (tool) needs a "state": ${TOOL_STATES.join(", ")}`);
      break;
    case "file":
      if (typeof p.path !== "string" && typeof p.url !== "string")
        fail("invalid", `${where} (file) needs a "path" or "url"`);
      break;
  }
  return p;
}
function checkParts(parts) {
  if (!Array.isArray(parts) || parts.length === 0)
    fail("invalid", "a message needs at least one part");
  const list = parts;
  if (list.length > LIMITS.parts)
    fail("invalid", `a message may have at most ${LIMITS.parts} parts`);
  const checked = list.map(checkPart);
  if (checked.every((p) => (p.type === "text" || p.type === "reasoning") && p.text.trim() === "")) {
    fail("invalid", "message is empty");
  }
  checkedJson("message", checked, LIMITS.messageBytes);
  return checked;
}
var textPart = (text) => ({ type: "text", text });
function summarizeParts(parts) {
  return parts.map((p) => {
    if (p.type === "text" || p.type === "reasoning")
      return String(p.text);
    if (p.type === "tool")
      return `[${String(p.name)}: ${String(p.state)}]`;
    if (p.type === "file")
      return `[file ${String(p.path ?? p.url)}]`;
    return `[${p.type}]`;
  }).join(" ");
}

// src/format/inert.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
var controlPicture = (c) => {
  const code = c.charCodeAt(0);
  if (code < 32)
    return String.fromCharCode(9216 + code);
  if (code === 127)
    return "\u2421";
  return `\\x${code.toString(16)}`;
};
var escapeInvisible = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function inert(text) {
  return text.replace(CONTROL, controlPicture).replace(INVISIBLE, escapeInvisible);
}
function inertLine(text) {
  return inert(text.replace(/\r\n|\r|\n/g, "\u23CE").replace(/\t/g, " "));
}
var segmenter;
var graphemes = (text) => (segmenter ??= new Intl.Segmenter).segment(text);
var displayWidth = (text) => Bun.stringWidth(text);
function truncate(text, width) {
  if (width <= 0)
    return "";
  if (displayWidth(text) <= width)
    return text;
  let out = "";
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1)
      break;
    out += segment;
    used += w;
  }
  return `${out}\u2026`;
}
function fit(text, width, align = "left") {
  const cut = truncate(text, width);
  const gap = " ".repeat(Math.max(0, width - displayWidth(cut)));
  return align === "left" ? cut + gap : gap + cut;
}
function wrap(text, width) {
  const lines = [];
  for (const paragraph of text.split(`
`)) {
    let line = "";
    let used = 0;
    for (const { segment } of graphemes(paragraph.replace(/\t/g, "  "))) {
      const w = displayWidth(segment);
      if (used + w > width) {
        const space = line.lastIndexOf(" ");
        if (space > 0 && segment !== " ") {
          lines.push(line.slice(0, space));
          line = line.slice(space + 1);
          used = displayWidth(line);
        } else {
          lines.push(line);
          line = "";
          used = 0;
        }
        if (segment === " ")
          continue;
      }
      line += segment;
      used += w;
    }
    lines.push(line);
  }
  return lines;
}

// src/format/table.ts
function renderTable(columns, rows) {
  const cells = rows.map((row) => columns.map((c) => inertLine(c.value(row))));
  const widths = columns.map((c, i) => Math.min(c.max ?? 80, Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i])))));
  const line = (values) => values.map((v, i) => fit(v, widths[i], columns[i].align)).join("  ").trimEnd();
  return [line(columns.map((c) => c.header.toUpperCase())), ...cells.map(line)].join(`
`) + `
`;
}
function renderMarkdown(columns, rows) {
  const cell = (text) => inertLine(text).replace(/\|/g, "\\|");
  const line = (values) => `| ${values.join(" | ")} |`;
  return [
    line(columns.map((c) => c.header)),
    line(columns.map((c) => c.align === "right" ? "---:" : "---")),
    ...rows.map((row) => line(columns.map((c) => cell(c.value(row)))))
  ].join(`
`) + `
`;
}
function renderRecord(fields, format) {
  if (format === "markdown")
    return fields.map(([k, v]) => `- **${k}**: ${inertLine(v).replace(/\|/g, "\\|")}`).join(`
`) + `
`;
  const width = Math.max(...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${k.padEnd(width)}  ${inertLine(v)}`).join(`
`) + `
`;
}

// src/format/time.ts
function shortTime(ms, now = Date.now()) {
  const d = new Date(ms);
  const pad = (n) => String(n).padStart(2, "0");
  const hms = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  if (new Date(now).toDateString() === d.toDateString())
    return hms;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
function age(ms, now = Date.now()) {
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60)
    return `${s}s`;
  if (s < 3600)
    return `${Math.floor(s / 60)}m`;
  if (s < 86400)
    return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

// src/format/records.ts
var FORMATS2 = ["table", "json", "markdown"];
var iso = (ms) => new Date(ms).toISOString();
var json2 = {
  event: (e) => ({ ...e, ts: iso(e.ts) }),
  project: (p) => ({ ...p, createdAt: iso(p.createdAt), updatedAt: iso(p.updatedAt) }),
  session: (s) => ({ ...s, createdAt: iso(s.createdAt), updatedAt: iso(s.updatedAt) }),
  message: (m) => ({ ...m, createdAt: iso(m.createdAt) })
};
var payloadSummary2 = (payload) => {
  const text = JSON.stringify(payload);
  return text === "{}" ? "" : text;
};
function eventSummary2(e) {
  const p = e.payload;
  switch (e.kind) {
    case "session.status_changed":
      return `${String(p.from)} \u2192 ${String(p.to)}`;
    case "session.created":
    case "session.titled":
      return String(p.title);
    case "project.created":
      return String(p.name);
    case "message.appended":
      return `${String(p.role)}: ${summarizeParts(p.parts ?? [])}`;
    case "message.part_updated":
      return `part ${String(p.position)} \u2192 ${summarizeParts([p.part])}`;
  }
  return payloadSummary2(e.payload);
}
var eventColumns2 = [
  { header: "seq", value: (e) => String(e.seq), align: "right" },
  { header: "time", value: (e) => shortTime(e.ts) },
  { header: "kind", value: (e) => e.kind, max: 28 },
  { header: "session", value: (e) => e.session ?? e.project ?? "", max: 16 },
  { header: "source \u2192 target", value: (e) => e.source || e.target ? `${e.source ?? "\xB7"} \u2192 ${e.target ?? "\xB7"}` : "", max: 28 },
  { header: "what", value: (e) => eventSummary2(e), max: 60 }
];
var projectColumns2 = [
  { header: "id", value: (p) => p.id },
  { header: "name", value: (p) => p.name, max: 40 },
  { header: "archived", value: (p) => p.archived ? "yes" : "" },
  { header: "repo", value: (p) => p.repo ?? "", max: 50 }
];
var sessionColumns2 = [
  { header: "id", value: (s) => s.id },
  { header: "status", value: (s) => s.status },
  { header: "title", value: (s) => s.title, max: 50 },
  { header: "msgs", value: (s) => String(s.messageCount), align: "right" },
  { header: "active", value: (s) => age(s.updatedAt), align: "right" }
];
var STREAM_WIDTHS = [6, 8, 22, 9, 18, 60];
function eventLine2(format, e) {
  if (format === "json")
    return JSON.stringify(json2.event(e));
  return eventColumns2.map((c, i) => fit(inertLine(c.value(e)), STREAM_WIDTHS[i], c.align)).join("  ").trimEnd();
}
function renderList2(format, columns, rows, toJson) {
  if (format === "json")
    return JSON.stringify(rows.map(toJson), null, 2) + `
`;
  if (format === "markdown")
    return renderMarkdown(columns, rows);
  return renderTable(columns, rows);
}
function renderProject2(format, p) {
  if (format === "json")
    return JSON.stringify(json2.project(p), null, 2) + `
`;
  return renderRecord([
    ["id", p.id],
    ["name", p.name],
    ["repo", p.repo ?? ""],
    ["description", p.description ?? ""],
    ["archived", p.archived ? "yes" : "no"],
    ["created", iso(p.createdAt)],
    ["updated", iso(p.updatedAt)]
  ], format);
}
function renderSession2(format, s, messages) {
  if (format === "json") {
    const body = messages ? { ...json2.session(s), messages: messages.map(json2.message) } : json2.session(s);
    return JSON.stringify(body, null, 2) + `
`;
  }
  const head = renderRecord([
    ["id", s.id],
    ["project", s.project],
    ["title", s.title],
    ["status", s.status],
    ["messages", String(s.messageCount)],
    ["created", iso(s.createdAt)],
    ["active", `${iso(s.updatedAt)} (${age(s.updatedAt)} ago)`]
  ], format);
  if (!messages?.length)
    return head;
  const body = messages.map((m, i) => {
    const title = `${i + 1}. ${m.role} \xB7 ${shortTime(m.createdAt)}`;
    const text = inert(summarizeParts(m.parts));
    return format === "markdown" ? `### ${title}

${text.replace(/^/gm, "    ")}
` : `
${title}
${text.replace(/^/gm, "  ")}
`;
  });
  return head + (format === "markdown" ? `
` : "") + body.join(format === "markdown" ? `
` : "");
}

// src/cli/flags.ts
var GLOBAL_FLAGS = {
  db: { type: "string", value: "PATH", description: "database file (default $CAIRN_DB, else $XDG_DATA_HOME/cairn/cairn.db)" },
  format: { type: "string", value: "table|json|markdown", description: "output format (default table)" }
};
var FILTER_FLAGS = {
  kind: { type: "string", value: "K,K", description: "only these kinds" },
  source: { type: "string", value: "S", description: "only events from this source" },
  target: { type: "string", value: "T", description: "only events to this target" },
  session: { type: "string", value: "ID", description: "only events of this session" },
  project: { type: "string", value: "P", description: "only events of this project" },
  since: { type: "string", value: "WHEN", description: "not before WHEN (ISO-8601 or an age: 90s, 15m, 2h, 7d)" },
  until: { type: "string", value: "WHEN", description: "not after WHEN" },
  grep: { type: "string", value: "TEXT", description: "kind, source, target or payload contains TEXT" }
};
var LIMIT_FLAG = {
  limit: { type: "string", value: "N", description: "at most N (default 100)" }
};

// src/domain/status.ts
var STATUSES = ["queued", "running", "waiting", "review", "done", "failed", "cancelled"];
var FINISHED = ["done", "failed", "cancelled"];
var TRANSITIONS = {
  queued: ["running", "failed", "cancelled"],
  running: ["waiting", "review", ...FINISHED],
  waiting: ["running", "review", ...FINISHED],
  review: ["running", ...FINISHED],
  done: ["queued"],
  failed: ["queued"],
  cancelled: ["queued"]
};
var isStatus = (value) => STATUSES.includes(value);
var canTransition = (from, to) => TRANSITIONS[from].includes(to);
function pathTo(from, to) {
  if (from === to)
    return [];
  const previous = new Map([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.shift();
    for (const next of TRANSITIONS[at]) {
      if (previous.has(next))
        continue;
      previous.set(next, at);
      if (next === to) {
        const path = [to];
        for (let s = at;s !== from; s = previous.get(s))
          path.unshift(s);
        return path;
      }
      queue.push(next);
    }
  }
  return;
}

// src/domain/events.ts
var DOMAIN_KINDS = {
  projectCreated: "project.created",
  projectArchived: "project.archived",
  sessionCreated: "session.created",
  sessionStatusChanged: "session.status_changed",
  sessionTitled: "session.titled",
  messageAppended: "message.appended",
  messagePartUpdated: "message.part_updated"
};
var DOMAIN_PREFIXES = ["project.", "session.", "message."];
var DOMAIN_KIND_SET = new Set(Object.values(DOMAIN_KINDS));
var isDomainKind = (kind) => DOMAIN_KIND_SET.has(kind);
function coordinationKind(kind) {
  if (DOMAIN_PREFIXES.some((prefix) => kind.startsWith(prefix))) {
    fail("invalid", `event kind ${kind} is reserved for cairn's own events; pick a name like task_started`);
  }
  return kind;
}
var projectStream = (id) => `project:${id}`;
var sessionStream = (id) => `session:${id}`;
var STREAM = /^[a-z][a-z0-9_-]{0,31}:[^\s\u0000-\u001f]{1,128}$/;
function streamName(value) {
  if (!STREAM.test(value))
    fail("invalid", `invalid stream ${JSON.stringify(value.slice(0, 80))}: expected <category>:<id>, like agent:alice`);
  return value;
}

// src/domain/ids.ts
var PROJECT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
var SESSION_ID = /^([a-z0-9][a-z0-9_-]{0,63})-([1-9][0-9]{0,9})$/;
var EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+-]*$/;
var KIND = /^[a-z][a-z0-9_.-]{0,63}$/;
function projectId(value) {
  if (!PROJECT_ID.test(value)) {
    fail("invalid", `invalid project id ${JSON.stringify(value)}: use 1-64 of a-z 0-9 _ -, starting with a letter or digit`);
  }
  return value;
}
function sessionId(value) {
  if (!SESSION_ID.test(value)) {
    fail("invalid", `invalid session id ${JSON.stringify(value)}: expected <project>-<number>, like api-12`);
  }
  return value;
}
var sessionIdFor = (project, n) => `${project}-${n}`;
function sessionNumber(id) {
  const match = SESSION_ID.exec(id);
  return match ? Number(match[2]) : 0;
}
function eventId(value) {
  if (value.length > LIMITS.ref || !EVENT_ID.test(value)) {
    fail("invalid", `invalid event id ${JSON.stringify(value.slice(0, 80))}: use up to ${LIMITS.ref} of A-Z a-z 0-9 . _ : @ + -`);
  }
  return value;
}
function eventKind(value) {
  if (!KIND.test(value)) {
    fail("invalid", `invalid event kind ${JSON.stringify(value.slice(0, 80))}: use a lowercase name like task_started (a-z 0-9 _ . -, up to 64)`);
  }
  return value;
}
function refName(what, value) {
  if (value.length === 0 || value.length > LIMITS.ref || /[\u0000-\u001f\u007f-\u009f]/.test(value)) {
    fail("invalid", `invalid ${what} ${JSON.stringify(value.slice(0, 80))}: 1-${LIMITS.ref} printable characters`);
  }
  return value;
}
var newEventId = () => Bun.randomUUIDv7();
var newMessageId = () => Bun.randomUUIDv7();

// src/commands/project.ts
function addProject(ctx, input) {
  const id = projectId(input.id);
  const payload = {
    name: cleanText("project name", input.name ?? id),
    repo: input.repo === undefined ? null : cleanText("repo URL", input.repo),
    description: input.description === undefined ? null : cleanText("description", input.description, 4000)
  };
  return ctx.store.write((w) => {
    if (w.project(id))
      fail("exists", `project ${id} already exists`);
    w.append({ stream: projectStream(id), kind: DOMAIN_KINDS.projectCreated, project: id, payload, actor: ctx.actor, expectedVersion: 0 });
    return w.project(id);
  });
}
function archiveProject(ctx, id) {
  return ctx.store.write((w) => {
    const project = requireProject(w, id);
    if (project.archived)
      fail("invalid", `project ${id} is already archived`);
    w.append({ stream: projectStream(id), kind: DOMAIN_KINDS.projectArchived, project: id, payload: {}, actor: ctx.actor });
    return w.project(id);
  });
}
function requireProject(w, id) {
  return w.project(projectId(id)) ?? fail("not_found", `no project ${id}`);
}

// src/commands/session.ts
var titleFrom = (message) => {
  const text = typeof message === "string" ? message : message?.find((p) => p.type === "text")?.["text"];
  const line = typeof text === "string" ? text.trim().split(`
`)[0].trim() : "";
  return line ? line.slice(0, 80) : "untitled";
};
var toParts = (message) => checkParts(typeof message === "string" ? [textPart(message)] : message);
function newSession(ctx, input) {
  const title = cleanText("title", input.title ?? titleFrom(input.message));
  const parts = input.message === undefined ? undefined : toParts(input.message);
  const role2 = role(input.role ?? "user");
  return ctx.store.write((w) => {
    const project = requireProject(w, input.project);
    if (project.archived)
      fail("invalid", `project ${project.id} is archived`);
    if (input.externalId && w.sessionByExternalId(input.externalId))
      fail("exists", `a session for ${input.externalId} already exists`);
    const id = sessionIdFor(project.id, w.nextSessionNumber(project.id));
    w.append({
      stream: sessionStream(id),
      kind: DOMAIN_KINDS.sessionCreated,
      project: project.id,
      session: id,
      payload: { title, status: "queued", externalId: input.externalId ?? null },
      actor: ctx.actor,
      expectedVersion: 0
    });
    if (parts)
      appendParts(ctx, w, w.session(id), role2, parts);
    return w.session(id);
  });
}
function appendMessage(ctx, input) {
  const parts = toParts(input.message);
  const role2 = role(input.role ?? "user");
  return ctx.store.write((w) => {
    if (input.id !== undefined && w.hasMessage(input.id))
      fail("exists", `message ${input.id} already exists`);
    const messageId = appendParts(ctx, w, requireSession(w, input.session), role2, parts, input.id, input.ts);
    return { session: w.session(input.session), messageId };
  });
}
function appendParts(ctx, w, session, role, parts, id = newMessageId(), ts) {
  w.append({
    stream: sessionStream(session.id),
    kind: DOMAIN_KINDS.messageAppended,
    project: session.project,
    session: session.id,
    payload: { id, role, parts },
    actor: ctx.actor,
    ts
  });
  return id;
}
function updatePart(ctx, input) {
  const [part] = checkParts([input.part]);
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    w.append({
      stream: sessionStream(session.id),
      kind: DOMAIN_KINDS.messagePartUpdated,
      project: session.project,
      session: session.id,
      payload: { messageId: input.messageId, position: input.position, part },
      actor: ctx.actor,
      ts: input.ts
    });
  });
}
function moveStatus(ctx, input) {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    for (const status of pathTo(session.status, input.to) ?? [])
      setStatus(ctx, { session: session.id, status });
    return w.session(session.id);
  });
}
function sessionForExternalId(ctx, input) {
  return ctx.store.write((w) => w.sessionByExternalId(input.externalId) ?? newSession(ctx, input));
}
function setStatus(ctx, input) {
  if (!isStatus(input.status))
    fail("invalid", `unknown status ${JSON.stringify(input.status)}: use one of ${Object.keys(TRANSITIONS).join(", ")}`);
  const to = input.status;
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    if (!canTransition(session.status, to)) {
      const allowed = TRANSITIONS[session.status];
      fail("invalid_transition", `session ${session.id} cannot go from ${session.status} to ${to} (allowed: ${allowed.join(", ")})`);
    }
    w.append({
      stream: sessionStream(session.id),
      kind: DOMAIN_KINDS.sessionStatusChanged,
      project: session.project,
      session: session.id,
      payload: { from: session.status, to },
      actor: ctx.actor
    });
    return w.session(session.id);
  });
}
function setTitle(ctx, input) {
  const title = cleanText("title", input.title);
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    w.append({ stream: sessionStream(session.id), kind: DOMAIN_KINDS.sessionTitled, project: session.project, session: session.id, payload: { title }, actor: ctx.actor });
    return w.session(session.id);
  });
}
function requireSession(w, id) {
  return w.session(sessionId(id)) ?? fail("not_found", `no session ${id}`);
}

// src/commands/event.ts
function streamOf(input, project) {
  if (input.stream)
    return streamName(input.stream);
  if (input.session)
    return sessionStream(input.session);
  if (project)
    return projectStream(project);
  if (input.source)
    return streamName(`agent:${input.source}`);
  return "log:main";
}
function recordEvent(ctx, input) {
  const kind = coordinationKind(eventKind(input.kind));
  const source = input.source === undefined ? null : refName("source", input.source);
  const target = input.target === undefined ? null : refName("target", input.target);
  const id = input.id === undefined ? undefined : eventId(input.id);
  const payload = input.payload === undefined ? {} : checkedPayload(input.payload);
  if (input.expectedVersion !== undefined && (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0)) {
    fail("invalid", `expected version must be a whole number \u2265 0, got ${input.expectedVersion}`);
  }
  return ctx.store.write((w) => {
    const session = input.session === undefined ? undefined : requireSession(w, input.session);
    const project = input.project === undefined ? session?.project : requireProject(w, input.project).id;
    if (session && project !== session.project)
      fail("invalid", `session ${session.id} belongs to project ${session.project}, not ${project}`);
    return w.append({
      id,
      stream: streamOf(input, project),
      kind,
      project: project ?? null,
      session: session?.id ?? null,
      source,
      target,
      payload,
      actor: ctx.actor,
      expectedVersion: input.expectedVersion
    });
  });
}

// src/domain/when.ts
var UNIT_MS = { s: 1000, m: 60000, h: 3600000, d: 86400000, w: 604800000 };
var AGE = /^(\d{1,9})(s|m|h|d|w)$/;
var ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
function parseWhen(flag, value, now = Date.now()) {
  const age = AGE.exec(value);
  if (age)
    return now - Number(age[1]) * UNIT_MS[age[2]];
  if (ISO.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms))
      return ms;
  }
  return fail("usage", `invalid ${flag} ${JSON.stringify(value)}: use an ISO-8601 time (2026-01-31T12:00Z) or an age like 90s, 15m, 2h, 7d`);
}

// src/cli/input.ts
async function readStdin(what, maxBytes) {
  const chunks = [];
  let size = 0;
  for await (const chunk of Bun.stdin.stream()) {
    size += chunk.byteLength;
    if (size > maxBytes)
      fail("invalid", `${what} from stdin is too large (over ${maxBytes} bytes)`);
    chunks.push(chunk);
  }
  return decodeUtf8(`${what} from stdin`, Buffer.concat(chunks));
}
var textArg = (what, value, maxBytes = LIMITS.messageBytes) => value === "-" ? readStdin(what, maxBytes) : value;
async function payloadFlag(value) {
  if (value === undefined)
    return;
  return parsePayload(await textArg("payload", value, LIMITS.payloadBytes + 1));
}
function intFlag(cli, name, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
  const raw = cli.flags[name];
  if (raw === undefined)
    return;
  const flag = `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  if (typeof raw !== "string" || !/^-?\d+$/.test(raw))
    return fail("usage", `${flag} needs a whole number, got ${JSON.stringify(raw)}`);
  const n = Number(raw);
  if (n < min || n > max)
    fail("usage", `${flag} must be between ${min} and ${max}, got ${n}`);
  return n;
}
var stringFlag = (cli, name) => {
  const value = cli.flags[name];
  return typeof value === "string" ? value : undefined;
};
var listFlag = (cli, name) => stringFlag(cli, name)?.split(",").map((s) => s.trim()).filter(Boolean);
function eventFilter(cli) {
  const since = stringFlag(cli, "since");
  const until = stringFlag(cli, "until");
  return {
    kinds: listFlag(cli, "kind"),
    source: stringFlag(cli, "source"),
    target: stringFlag(cli, "target"),
    session: stringFlag(cli, "session"),
    project: stringFlag(cli, "project"),
    since: since === undefined ? undefined : parseWhen("--since", since),
    until: until === undefined ? undefined : parseWhen("--until", until),
    grep: stringFlag(cli, "grep")
  };
}

// src/cli/handlers/event.ts
var records = () => import("./records-ne17pf8y.js");
var feed = () => import("./feed-vmk3vs1n.js");
var queries = () => import("./queries-daq6w2dn.js");
var LIST_LIMIT = { min: 1, max: 1e4 };
async function eventAdd(cli) {
  const { event } = recordEvent({ store: cli.store(), actor: cli.actor }, {
    kind: cli.input[0],
    source: stringFlag(cli, "source"),
    target: stringFlag(cli, "target"),
    session: stringFlag(cli, "session"),
    project: stringFlag(cli, "project"),
    payload: await payloadFlag(stringFlag(cli, "payload")),
    id: stringFlag(cli, "id"),
    stream: stringFlag(cli, "stream"),
    expectedVersion: intFlag(cli, "expectVersion")
  });
  cli.write(cli.format === "table" ? `${event.seq} ${event.id}
` : JSON.stringify((await records()).json.event(event)) + `
`);
}
async function eventList(cli) {
  const { eventColumns, json, renderList } = await records();
  const { listEvents } = await queries();
  const filter = { ...eventFilter(cli), after: intFlag(cli, "after"), before: intFlag(cli, "before") };
  const rows = listEvents(cli.store(), filter, intFlag(cli, "limit", LIST_LIMIT) ?? 100);
  cli.write(renderList(cli.format, eventColumns, rows, json.event));
}
async function eventTail(cli) {
  const { eventLine } = await records();
  const { eventsAfter, followEvents, lastEvents, untilInterrupted } = await feed();
  const store = cli.store();
  const filter = eventFilter(cli);
  const after = intFlag(cli, "after");
  const print = (events) => cli.write(events.map((e) => eventLine(cli.format, e)).join(`
`) + `
`);
  let cursor;
  if (after !== undefined) {
    cursor = eventsAfter(store, filter, after, print);
  } else {
    const last = lastEvents(store, filter, intFlag(cli, "limit", { min: 0, max: 1e4 }) ?? 10);
    if (last.events.length > 0)
      print(last.events);
    cursor = last.cursor;
  }
  if (cli.flags.follow === true)
    await followEvents(store, filter, cursor, print, untilInterrupted());
}
async function eventCounts(cli) {
  const { renderList } = await records();
  const { countEventsByKind } = await queries();
  const rows = countEventsByKind(cli.store(), eventFilter(cli));
  cli.write(renderList(cli.format, [
    { header: "kind", value: (r) => r.kind },
    { header: "count", value: (r) => String(r.count), align: "right" }
  ], rows, (r) => r));
}

// src/cli/handlers/project.ts
var records2 = () => import("./records-ne17pf8y.js");
var queries2 = () => import("./queries-daq6w2dn.js");
async function projectAdd(cli) {
  const project = addProject({ store: cli.store(), actor: cli.actor }, { id: cli.input[0], name: stringFlag(cli, "name"), repo: stringFlag(cli, "repo"), description: stringFlag(cli, "description") });
  cli.write(cli.format === "table" ? `${project.id}
` : (await records2()).renderProject(cli.format, project));
}
async function projectList(cli) {
  const { json, projectColumns, renderList } = await records2();
  const { listProjects } = await queries2();
  const rows = listProjects(cli.store(), { includeArchived: cli.flags.all === true });
  cli.write(renderList(cli.format, projectColumns, rows, json.project));
}
async function projectShow(cli) {
  const { renderProject } = await records2();
  const { getProject } = await queries2();
  const id = cli.input[0];
  cli.write(renderProject(cli.format, getProject(cli.store(), id) ?? fail("not_found", `no project ${id}`)));
}
async function projectArchive(cli) {
  const project = archiveProject({ store: cli.store(), actor: cli.actor }, cli.input[0]);
  cli.write(cli.format === "table" ? `archived ${project.id}
` : (await records2()).renderProject(cli.format, project));
}

// src/cli/handlers/session.ts
var records3 = () => import("./records-ne17pf8y.js");
var queries3 = () => import("./queries-daq6w2dn.js");
async function sessionNew(cli) {
  const message = cli.input[1] === undefined ? undefined : await textArg("message", cli.input[1]);
  const session = newSession({ store: cli.store(), actor: cli.actor }, { project: cli.input[0], message, title: stringFlag(cli, "title"), role: stringFlag(cli, "role") });
  cli.write(cli.format === "table" ? `${session.id}
` : (await records3()).renderSession(cli.format, session));
}
async function sessionList(cli) {
  const { json, renderList, sessionColumns } = await records3();
  const { listSessions } = await queries3();
  const statuses = listFlag(cli, "status");
  for (const s of statuses ?? [])
    if (!isStatus(s))
      fail("usage", `unknown status ${JSON.stringify(s)}: use ${STATUSES.join(", ")}`);
  const rows = listSessions(cli.store(), {
    project: stringFlag(cli, "project"),
    statuses,
    limit: intFlag(cli, "limit", { min: 1 }) ?? 100
  });
  cli.write(renderList(cli.format, sessionColumns, rows, json.session));
}
async function sessionShow(cli) {
  const { renderSession } = await records3();
  const { getSession, sessionMessages } = await queries3();
  const id = cli.input[0];
  const store = cli.store();
  const session = getSession(store, id) ?? fail("not_found", `no session ${id}`);
  cli.write(renderSession(cli.format, session, sessionMessages(store, id)));
}
async function sessionAppend(cli) {
  const text = await textArg("message", cli.input[1]);
  const { session, messageId } = appendMessage({ store: cli.store(), actor: cli.actor }, { session: cli.input[0], message: text, role: stringFlag(cli, "role") });
  cli.write(cli.format === "table" ? `${session.id} #${session.messageCount}
` : JSON.stringify({ session: session.id, message: messageId, position: session.messageCount }) + `
`);
}
async function sessionStatus(cli) {
  const session = setStatus({ store: cli.store(), actor: cli.actor }, { session: cli.input[0], status: cli.input[1] });
  cli.write(cli.format === "table" ? `${session.id} ${session.status}
` : (await records3()).renderSession(cli.format, session));
}

// src/cli/commands.ts
var handler = (load, name) => async (cli) => (await load())[name](cli);
var COMMANDS = [
  {
    name: "ui",
    args: "",
    summary: "open the terminal UI (the default when no command is given)",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./app-c16x8f2x.js"), "ui")
  },
  {
    name: "demo",
    args: "",
    summary: "fill a demo database and open the UI while simulated agents write to it live",
    arity: [0, 0],
    flags: {
      ui: { type: "boolean", defaultOn: true, description: "keep the writers running without the UI (prints what they write)" },
      agents: { type: "string", value: "N", description: "how many simulated agents (default 4)" },
      seconds: { type: "string", value: "N", description: "stop the writers after N seconds (default: until Ctrl-C)" }
    },
    notes: ["Without --db, the demo uses its own file: $XDG_DATA_HOME/cairn/demo.db."],
    run: handler(() => import("./app-c16x8f2x.js"), "demo")
  },
  {
    name: "db path",
    args: "",
    summary: "print the database path cairn would use",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./db-r8hz3p6c.js"), "dbPath")
  },
  {
    name: "db migrate",
    args: "",
    summary: "create the database or apply pending migrations (opening does this too)",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./db-r8hz3p6c.js"), "dbMigrate")
  },
  {
    name: "db status",
    args: "",
    summary: "schema version, counts and file sizes",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./db-r8hz3p6c.js"), "dbStatus")
  },
  {
    name: "db rebuild",
    args: "",
    summary: "rebuild projects, sessions and messages by replaying the event log",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./db-r8hz3p6c.js"), "dbRebuild")
  },
  {
    name: "db check",
    args: "",
    summary: "integrity check, foreign keys, and projections compared with a replay of the log",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./db-r8hz3p6c.js"), "dbCheck")
  },
  {
    name: "project add",
    args: "<id>",
    summary: "add a project (id: a-z 0-9 _ -, up to 64)",
    arity: [1, 1],
    flags: {
      name: { type: "string", value: "N", description: "display name (default: the id)" },
      repo: { type: "string", value: "URL", description: "repository URL" },
      description: { type: "string", value: "D", description: "what the project is" }
    },
    run: projectAdd
  },
  {
    name: "project list",
    args: "",
    summary: "list projects",
    arity: [0, 0],
    flags: { all: { type: "boolean", description: "include archived projects" } },
    run: projectList
  },
  {
    name: "project show",
    args: "<id>",
    summary: "show one project",
    arity: [1, 1],
    flags: {},
    run: projectShow
  },
  {
    name: "project archive",
    args: "<id>",
    summary: "archive a project (its sessions stay readable)",
    arity: [1, 1],
    flags: {},
    run: projectArchive
  },
  {
    name: "session new",
    args: "<project> [message|-]",
    summary: "start a session, optionally with a first message; prints the new session id",
    arity: [1, 2],
    flags: {
      title: { type: "string", value: "T", description: "title (default: the message's first line)" },
      role: { type: "string", value: "R", description: "role of the first message (default user)" }
    },
    run: sessionNew
  },
  {
    name: "session list",
    args: "",
    summary: "list sessions, most recently active first",
    arity: [0, 0],
    flags: {
      project: { type: "string", value: "P", description: "only this project's sessions" },
      status: { type: "string", value: "S,S", description: `only these statuses (${STATUSES.join(", ")})` },
      ...LIMIT_FLAG
    },
    run: sessionList
  },
  {
    name: "session show",
    args: "<id>",
    summary: "show a session and its messages in order",
    arity: [1, 1],
    flags: {},
    run: sessionShow
  },
  {
    name: "session append",
    args: "<id> <text|->",
    summary: "append a message to a session (text from stdin with -)",
    arity: [2, 2],
    flags: { role: { type: "string", value: "R", description: "user, assistant, system or tool (default user)" } },
    run: sessionAppend
  },
  {
    name: "session status",
    args: "<id> <status>",
    summary: `set a session's status (${STATUSES.join(", ")}); invalid transitions are refused`,
    arity: [2, 2],
    flags: {},
    run: sessionStatus
  },
  {
    name: "event add",
    args: "<kind>",
    summary: "record a coordination event (task_started, lock_acquired, \u2026)",
    arity: [1, 1],
    flags: {
      source: { type: "string", value: "S", description: "who it comes from (agent name)" },
      target: { type: "string", value: "T", description: "who or what it is about" },
      session: { type: "string", value: "ID", description: "the session it belongs to" },
      project: { type: "string", value: "P", description: "the project it belongs to (default: the session's)" },
      payload: { type: "string", value: "JSON|-", description: "a JSON object (from stdin with -)" },
      id: { type: "string", value: "ID", description: "your own event id: retries with it are no-ops" },
      stream: { type: "string", value: "CAT:ID", description: "stream (default: session, else project, else agent:<source>)" },
      expectVersion: { type: "string", value: "N", description: "fail with a conflict unless the stream is at version N" }
    },
    run: eventAdd
  },
  {
    name: "event list",
    args: "",
    summary: "list matching events (the newest N, oldest first; --after SEQ pages forward)",
    arity: [0, 0],
    flags: {
      ...FILTER_FLAGS,
      ...LIMIT_FLAG,
      after: { type: "string", value: "SEQ", description: "only events after this seq (a cursor)" },
      before: { type: "string", value: "SEQ", description: "only events before this seq" }
    },
    run: eventList
  },
  {
    name: "event tail",
    args: "",
    summary: "print the last N matching events; with --follow, then every new one until Ctrl-C",
    arity: [0, 0],
    flags: {
      ...FILTER_FLAGS,
      limit: { type: "string", value: "N", description: "how many past events to print first (default 10)" },
      follow: { type: "boolean", shortFlag: "f", description: "keep printing new events as they commit" },
      after: { type: "string", value: "SEQ", description: "start after this seq instead of the last N" }
    },
    run: eventTail
  },
  {
    name: "event counts",
    args: "",
    summary: "count matching events by kind",
    arity: [0, 0],
    flags: { ...FILTER_FLAGS },
    run: eventCounts
  },
  {
    name: "export",
    args: "",
    summary: "the event log as JSON Lines (one event per line, oldest first)",
    arity: [0, 0],
    flags: { out: { type: "string", value: "FILE", description: "write to FILE instead of stdout" }, ...FILTER_FLAGS },
    run: handler(() => import("./transfer-1v8xg8wa.js"), "exportLog")
  },
  {
    name: "import",
    args: "<FILE|->",
    summary: "append exported JSON Lines, all or nothing; events already present (same id) are skipped",
    arity: [1, 1],
    flags: {},
    run: handler(() => import("./transfer-1v8xg8wa.js"), "importLog")
  },
  {
    name: "hook claude",
    args: "",
    summary: "record one Claude Code hook payload from stdin (always exits 0, prints nothing)",
    arity: [0, 0],
    flags: {
      install: { type: "boolean", description: "add cairn's hooks to Claude Code's settings.json (keeps yours, backs up the old file)" },
      uninstall: { type: "boolean", description: "remove exactly the hooks --install added" },
      scope: { type: "string", value: "user|project", description: "which settings: ~/.claude/settings.json (default) or ./.claude/settings.json" },
      settings: { type: "string", value: "FILE", description: "a settings.json to edit instead" },
      project: { type: "string", value: "P", description: "record into this project instead of the git repository's name" }
    },
    notes: ["Failures are logged to hook-errors.log beside the database; the agent is never blocked."],
    run: handler(() => import("./claude-v6gs0m2p.js"), "hookClaude")
  },
  {
    name: "import claude",
    args: "[PATH]",
    summary: "import Claude Code transcripts (default ~/.claude/projects); importing again adds only what is new",
    arity: [0, 1],
    flags: { project: { type: "string", value: "P", description: "import into this project instead of each repository's name" } },
    run: handler(() => import("./claude-v6gs0m2p.js"), "importClaude")
  }
];

// src/cli/registry.ts
var GROUPS = [...new Set(COMMANDS.filter((c) => c.name.includes(" ")).map((c) => c.name.split(" ")[0]))];

// src/store/location.ts
function resolveDbPath(flag, env = process.env) {
  if (flag)
    return { path: flag, isDefault: false };
  if (env.CAIRN_DB)
    return { path: env.CAIRN_DB, isDefault: false };
  const home = env.HOME || __require("os").homedir();
  const dataHome = env.XDG_DATA_HOME || `${home}/.local/share`;
  return { path: `${dataHome.replace(/\/+$/, "")}/cairn/cairn.db`, isDefault: true };
}
function directoryOf(path) {
  const cut = path.replace(/\/+$/, "").lastIndexOf("/");
  return cut < 0 ? "." : cut === 0 ? "/" : path.slice(0, cut);
}

// src/store/projections.ts
var found = (result, what, id) => {
  if (result.changes === 0)
    fail("not_found", `no ${what} ${id}`);
};
function applyEvent(s, event) {
  const { ts, project, session } = event;
  switch (event.kind) {
    case DOMAIN_KINDS.projectCreated: {
      const p = event.payload;
      if (s.projectById.get(project))
        fail("exists", `project ${project} already exists`);
      s.insertProject.run(project, p.name, p.repo, p.description, ts);
      return;
    }
    case DOMAIN_KINDS.projectArchived:
      found(s.archiveProject.run(project, ts), "project", project);
      return;
    case DOMAIN_KINDS.sessionCreated: {
      const p = event.payload;
      found(s.countSession.run(project, sessionNumber(session)), "project", project);
      if (s.sessionById.get(session))
        fail("exists", `session ${session} already exists`);
      s.insertSession.run(session, project, p.title, p.status, p.externalId ?? null, ts);
      return;
    }
    case DOMAIN_KINDS.sessionStatusChanged: {
      const p = event.payload;
      found(s.setSessionStatus.run(session, p.to, ts), "session", session);
      return;
    }
    case DOMAIN_KINDS.sessionTitled: {
      const p = event.payload;
      found(s.setSessionTitle.run(session, p.title, ts), "session", session);
      return;
    }
    case DOMAIN_KINDS.messageAppended: {
      const p = event.payload;
      const { position } = s.countMessage.get(session, ts) ?? fail("not_found", `no session ${session}`);
      s.insertMessage.run(p.id, session, position, p.role, ts);
      p.parts.forEach((part, index) => s.insertPart.run(p.id, index + 1, part.type, JSON.stringify(part)));
      return;
    }
    case DOMAIN_KINDS.messagePartUpdated: {
      const p = event.payload;
      found(s.updatePart.run(p.messageId, p.position, p.part.type, JSON.stringify(p.part)), "message part", `${p.messageId}#${p.position}`);
      found(s.touchSession.run(session, ts), "session", session);
      return;
    }
  }
}

// src/store/rows.ts
var rowToEvent = (row) => ({ ...row, payload: JSON.parse(row.payload) });
var projectOf = ({ sessionCounter: _, archived, ...row }) => ({
  ...row,
  archived: Boolean(archived)
});
var sessionOf = (row) => row;

// src/store/append.ts
var sameBody = (a, b, payload) => a.stream === b.stream && a.kind === b.kind && a.project === (b.project ?? null) && a.session === (b.session ?? null) && a.source === (b.source ?? null) && a.target === (b.target ?? null) && JSON.stringify(a.payload) === payload;
function appendEvent(s, input, versions) {
  const payload = JSON.stringify(input.payload);
  if (input.id !== undefined) {
    const row = s.eventById.get(input.id);
    if (row) {
      const existing = rowToEvent(row);
      if (!sameBody(existing, input, payload))
        fail("conflict", `event id ${input.id} already exists with a different body`);
      return { event: existing, duplicate: true };
    }
  }
  const event = {
    seq: 0,
    id: input.id ?? newEventId(),
    stream: input.stream,
    version: 0,
    kind: input.kind,
    project: input.project ?? null,
    session: input.session ?? null,
    source: input.source ?? null,
    target: input.target ?? null,
    payload: input.payload,
    ts: input.ts ?? Date.now(),
    actor: input.actor ?? null
  };
  const e = event;
  const known = versions.get(e.stream);
  const stored = known === undefined ? s.insertEvent.get(e.id, e.stream, e.kind, e.project, e.session, e.source, e.target, payload, e.ts, e.actor) : s.insertEventAt.get(e.id, e.stream, e.kind, e.project, e.session, e.source, e.target, payload, e.ts, e.actor, known + 1);
  versions.set(e.stream, stored.version);
  if (input.expectedVersion != null && input.expectedVersion !== stored.version - 1) {
    fail("conflict", `stream ${input.stream} is at version ${stored.version - 1}, expected ${input.expectedVersion}`);
  }
  event.seq = stored.seq;
  event.version = stored.version;
  if (isDomainKind(event.kind))
    applyEvent(s, event);
  return { event, duplicate: false };
}

// src/store/open.ts
import { Database } from "bun:sqlite";
// drizzle/meta/_journal.json
var _journal_default = {
  version: "7",
  dialect: "sqlite",
  entries: [
    {
      idx: 0,
      version: "6",
      when: 1795311695567,
      tag: "0000_init",
      breakpoints: true
    },
    {
      idx: 1,
      version: "6",
      when: 1795312243391,
      tag: "0001_sessions_by_created",
      breakpoints: true
    }
  ]
};

// src/store/migrate.ts
function migrationsDir() {
  const { existsSync } = __require("fs");
  const candidates = [new URL("../../drizzle/", import.meta.url), new URL("../drizzle/", import.meta.url)];
  return candidates.find((url) => existsSync(new URL("meta/_journal.json", url))) ?? fail("storage", "cairn's migrations folder drizzle/ is missing");
}
var SCHEMA_VERSION = _journal_default.entries.length;
var userVersion = (sqlite) => sqlite.query("PRAGMA user_version").get().user_version;
function isCurrent(sqlite, path) {
  const seen = userVersion(sqlite);
  if (seen > SCHEMA_VERSION)
    tooNew(path, seen);
  return seen === SCHEMA_VERSION;
}
function migrate(sqlite, path) {
  const seen = userVersion(sqlite);
  if (seen === SCHEMA_VERSION)
    return false;
  if (seen > SCHEMA_VERSION)
    tooNew(path, seen);
  sqlite.run("BEGIN IMMEDIATE");
  try {
    const current = userVersion(sqlite);
    if (current > SCHEMA_VERSION)
      tooNew(path, current);
    if (current === SCHEMA_VERSION) {
      sqlite.run("COMMIT");
      return false;
    }
    if (current === 0)
      refuseForeignDatabase(sqlite, path);
    const { readFileSync } = __require("fs");
    const dir = migrationsDir();
    for (const entry of _journal_default.entries.slice(current)) {
      const sql = readFileSync(new URL(`${entry.tag}.sql`, dir), "utf8");
      for (const statement of sql.split("--> statement-breakpoint")) {
        if (statement.trim())
          sqlite.run(statement);
      }
    }
    sqlite.run(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    sqlite.run("COMMIT");
    return true;
  } catch (error) {
    if (sqlite.inTransaction)
      sqlite.run("ROLLBACK");
    throw error;
  }
}
function tooNew(path, version) {
  return fail("storage", `database ${path} was written by a newer cairn (schema ${version}, this cairn knows ${SCHEMA_VERSION}); upgrade cairn to open it`);
}
function refuseForeignDatabase(sqlite, path) {
  const { n } = sqlite.query("SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").get();
  if (n > 0)
    fail("storage", `${path} is a SQLite database of another program, not a cairn database`);
}

// src/store/open.ts
var DEFAULT_BUSY_TIMEOUT_MS = Number(process.env.CAIRN_BUSY_TIMEOUT_MS) || 5000;
function openDatabase(path, options = {}) {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  let sqlite = openExisting(path);
  try {
    if (!sqlite) {
      prepareFile(path, options.createDir ?? false);
      sqlite = new Database(path, { create: true, readwrite: true, strict: true });
    }
    sqlite.run(`PRAGMA busy_timeout = ${busyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA journal_size_limit = ${16 * 1024 * 1024}`);
    let migrated = false;
    if (!isCurrent(sqlite, path)) {
      setWal(sqlite, busyTimeoutMs);
      migrated = migrate(sqlite, path);
    }
    return { sqlite, migrated };
  } catch (error) {
    sqlite?.close();
    throw storageError(error, path, busyTimeoutMs);
  }
}
function openExisting(path) {
  try {
    return new Database(path, { create: false, readwrite: true, strict: true });
  } catch {
    return;
  }
}
function prepareFile(path, createDir) {
  const { closeSync, lstatSync, mkdirSync, openSync, readlinkSync, statSync } = __require("fs");
  const dir = directoryOf(path);
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() && !statSync(path, { throwIfNoEntry: false })) {
    const target = readlinkSync(path);
    const targetDir = directoryOf(target.startsWith("/") ? target : `${dir}/${target}`);
    if (!statSync(targetDir, { throwIfNoEntry: false })?.isDirectory())
      fail("storage", `cannot create database ${path}: it links to ${target}, whose directory does not exist`);
  }
  if (createDir)
    mkdirSync(dir, { recursive: true, mode: 448 });
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat)
    fail("storage", `cannot create database ${path}: directory ${dir} does not exist`);
  if (!dirStat.isDirectory())
    fail("storage", `cannot create database ${path}: ${dir} is not a directory`);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory())
    fail("storage", `database path ${path} is a directory, not a file`);
  if (!stat) {
    try {
      closeSync(openSync(path, "wx", 384));
    } catch (error) {
      const code = error.code;
      if (code === "EACCES" || code === "EROFS")
        fail("storage", `cannot create database ${path}: directory ${dir} is not writable`);
      if (code !== "EEXIST")
        throw error;
    }
  }
}
function setWal(sqlite, busyTimeoutMs) {
  const deadline = Date.now() + busyTimeoutMs;
  for (;; ) {
    try {
      const { journal_mode } = sqlite.query("PRAGMA journal_mode = WAL").get();
      if (journal_mode === "wal")
        return;
      fail("storage", `cannot switch the database to WAL mode (got ${journal_mode})`);
    } catch (error) {
      if (sqliteCode(error) !== "SQLITE_BUSY" || Date.now() > deadline)
        throw error;
      Bun.sleepSync(5);
    }
  }
}
var sqliteCode = (error) => error?.code;
function storageError(error, path, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS) {
  if (error instanceof CairnError)
    return error;
  const code = sqliteCode(error);
  switch (code) {
    case "SQLITE_NOTADB":
    case "SQLITE_CORRUPT":
      return new CairnError("storage", `${path} is not a cairn database (not a SQLite file, or damaged)`);
    case "SQLITE_BUSY":
    case "SQLITE_LOCKED":
      return new CairnError("busy", `database ${path} is locked by another process (waited ${busyTimeoutMs} ms)`);
    case "SQLITE_READONLY":
    case "SQLITE_PERM":
      return new CairnError("storage", `database ${path} is read-only`);
    case "SQLITE_CANTOPEN":
      return new CairnError("storage", `cannot open database ${path}`);
    case "SQLITE_FULL":
      return new CairnError("storage", `disk full while writing ${path}`);
    case "SQLITE_IOERR":
      return new CairnError("storage", `I/O error on ${path}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}

// src/store/statements.ts
var PROJECT_COLUMNS = "id, name, repo, description, archived, session_counter AS sessionCounter, created_at AS createdAt, updated_at AS updatedAt";
var SESSION_COLUMNS = "id, project, title, status, message_count AS messageCount, external_id AS externalId, created_at AS createdAt, updated_at AS updatedAt";
var SQL = {
  eventById: "SELECT * FROM events WHERE id = ?1",
  insertEvent: "INSERT INTO events (id, stream, version, kind, project, session, source, target, payload, ts, actor) VALUES (?1, ?2, (SELECT coalesce(max(version), 0) + 1 FROM events WHERE stream = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING seq, version",
  insertEventAt: "INSERT INTO events (id, stream, version, kind, project, session, source, target, payload, ts, actor) VALUES (?1, ?2, ?11, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING seq, version",
  projectById: `SELECT ${PROJECT_COLUMNS} FROM projects WHERE id = ?1`,
  sessionById: `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?1`,
  sessionByExternalId: `SELECT ${SESSION_COLUMNS} FROM sessions WHERE external_id = ?1`,
  insertProject: "INSERT INTO projects (id, name, repo, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
  archiveProject: "UPDATE projects SET archived = 1, updated_at = ?2 WHERE id = ?1",
  countSession: "UPDATE projects SET session_counter = max(session_counter, ?2) WHERE id = ?1",
  insertSession: "INSERT INTO sessions (id, project, title, status, external_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
  setSessionStatus: "UPDATE sessions SET status = ?2, updated_at = ?3 WHERE id = ?1",
  touchSession: "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
  setSessionTitle: "UPDATE sessions SET title = ?2, updated_at = ?3 WHERE id = ?1",
  countMessage: "UPDATE sessions SET message_count = message_count + 1, updated_at = ?2 WHERE id = ?1 RETURNING message_count AS position",
  insertMessage: "INSERT INTO messages (id, session, position, role, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
  insertPart: "INSERT INTO message_parts (message_id, position, type, data) VALUES (?1, ?2, ?3, ?4)",
  updatePart: "UPDATE message_parts SET type = ?3, data = ?4 WHERE message_id = ?1 AND position = ?2",
  messageById: "SELECT id, session FROM messages WHERE id = ?1",
  recentToolParts: "SELECT p.message_id AS messageId, p.position AS position, p.data AS data FROM message_parts p JOIN messages m ON m.id = p.message_id WHERE m.session = ?1 AND p.type = 'tool' ORDER BY m.position DESC, p.position DESC LIMIT 50"
};
function prepareStatements(sqlite) {
  const statements = {};
  for (const name of Object.keys(SQL)) {
    Object.defineProperty(statements, name, {
      configurable: true,
      get() {
        const statement = sqlite.prepare(SQL[name]);
        Object.defineProperty(statements, name, { value: statement });
        return statement;
      }
    });
  }
  return statements;
}

// src/store/store.ts
class Store {
  sqlite;
  path;
  migrated;
  statements;
  #writer;
  #versions = new Map;
  constructor(sqlite, path, migrated = false) {
    this.sqlite = sqlite;
    this.path = path;
    this.migrated = migrated;
    this.statements = prepareStatements(sqlite);
    this.#writer = makeWriter(this.statements, this.#versions);
  }
  static open(path, options) {
    const { sqlite, migrated } = openDatabase(path, options);
    return new Store(sqlite, path, migrated);
  }
  write(fn) {
    if (this.sqlite.inTransaction)
      return fn(this.#writer);
    try {
      this.#versions.clear();
      this.sqlite.run("BEGIN IMMEDIATE");
      const result = fn(this.#writer);
      this.sqlite.run("COMMIT");
      return result;
    } catch (error) {
      if (this.sqlite.inTransaction)
        this.sqlite.run("ROLLBACK");
      throw storageError(error, this.path);
    }
  }
  append(events) {
    return this.write((w) => events.map((e) => w.append(e)));
  }
  dataVersion() {
    return this.sqlite.query("PRAGMA data_version").get().data_version;
  }
  close() {
    this.sqlite.close();
  }
}
function makeWriter(s, versions) {
  return {
    append: (event) => appendEvent(s, event, versions),
    project: (id) => {
      const row = s.projectById.get(id);
      return row ? projectOf(row) : undefined;
    },
    nextSessionNumber: (id) => (s.projectById.get(id)?.sessionCounter ?? 0) + 1,
    session: (id) => {
      const row = s.sessionById.get(id);
      return row ? sessionOf(row) : undefined;
    },
    sessionByExternalId: (externalId) => {
      const row = s.sessionByExternalId.get(externalId);
      return row ? sessionOf(row) : undefined;
    },
    hasMessage: (id) => s.messageById.get(id) !== null,
    toolParts: (session) => s.recentToolParts.all(session).map((r) => ({ messageId: r.messageId, position: r.position, part: JSON.parse(r.data) }))
  };
}

export { __toESM, __commonJS, __export, __require, CairnError, fail, exitCodeOf, LIMITS, decodeUtf8, checkedJson, role, checkParts, inert, inertLine, truncate, fit, wrap, renderRecord, shortTime, age, FORMATS2, json2, payloadSummary2, eventSummary2, eventColumns2, projectColumns2, sessionColumns2, eventLine2, renderList2, renderProject2, renderSession2, GLOBAL_FLAGS, TRANSITIONS, isStatus, DOMAIN_KINDS, isDomainKind, streamName, projectId, sessionId, eventId, eventKind, refName, addProject, archiveProject, newSession, appendMessage, updatePart, moveStatus, sessionForExternalId, setStatus, setTitle, recordEvent, readStdin, intFlag, stringFlag, eventFilter, rowToEvent, projectOf, sessionOf, resolveDbPath, directoryOf, applyEvent, SCHEMA_VERSION, sqliteCode, Store, COMMANDS, GROUPS };
