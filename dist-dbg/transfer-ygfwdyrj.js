// @bun
import {
  CairnError,
  fail,
  LIMITS,
  checkedJson,
  role,
  checkParts,
  isStatus,
  DOMAIN_KINDS,
  isDomainKind,
  streamName,
  projectId,
  sessionId,
  eventId,
  eventKind,
  refName,
  sqliteCode
} from "./cli-g5ebnejy.js";
import {
  allEvents2
} from "./cli-r7hp6pw6.js";

// src/commands/transfer.ts
function* exportEvents(store, filter = {}) {
  for (const event of allEvents2(store, filter))
    yield JSON.stringify(toJson(event));
}
var toJson = (e) => ({ ...e, ts: new Date(e.ts).toISOString() });
var isRecord = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
var optionalString = (line, key) => {
  const value = line[key];
  if (value === undefined || value === null)
    return null;
  if (typeof value !== "string")
    fail("invalid", `"${key}" must be a string or null`);
  return value;
};
function parseTs(value) {
  if (typeof value === "number" && Number.isFinite(value))
    return value;
  if (typeof value === "string") {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms))
      return ms;
  }
  return fail("invalid", `"ts" must be an ISO-8601 time or epoch milliseconds`);
}
function checkDomainEvent(e) {
  const p = e.payload;
  const need = (ok, what) => ok || fail("invalid", `${e.kind} needs ${what}`);
  if (e.kind.startsWith("project."))
    need(e.project && projectId(e.project), "a project");
  if (e.kind.startsWith("session.") || e.kind.startsWith("message."))
    need(e.session && sessionId(e.session) && e.project, "a session and a project");
  switch (e.kind) {
    case DOMAIN_KINDS.projectCreated:
      need(typeof p.name === "string", 'a "name"');
      break;
    case DOMAIN_KINDS.sessionCreated:
      need(typeof p.title === "string" && typeof p.status === "string" && isStatus(p.status), 'a "title" and a "status"');
      break;
    case DOMAIN_KINDS.sessionStatusChanged:
      need(typeof p.to === "string" && isStatus(p.to), 'a "to" status');
      break;
    case DOMAIN_KINDS.sessionTitled:
      need(typeof p.title === "string", 'a "title"');
      break;
    case DOMAIN_KINDS.messagePartUpdated:
      need(typeof p.messageId === "string" && Number.isInteger(p.position), 'a "messageId" and a "position"');
      checkParts([p.part]);
      break;
    case DOMAIN_KINDS.messageAppended:
      need(typeof p.id === "string" && typeof p.role === "string", 'an "id" and a "role"');
      role(p.role);
      checkParts(p.parts);
      break;
  }
}
function parseEventLine(text) {
  let line;
  try {
    line = JSON.parse(text);
  } catch {
    return fail("invalid", "not valid JSON");
  }
  if (!isRecord(line))
    return fail("invalid", "each line must be a JSON object");
  if (typeof line.id !== "string")
    fail("invalid", 'missing "id"');
  if (typeof line.kind !== "string")
    fail("invalid", 'missing "kind"');
  if (typeof line.stream !== "string")
    fail("invalid", 'missing "stream"');
  if (!isRecord(line.payload))
    fail("invalid", '"payload" must be a JSON object');
  checkedJson("payload", line.payload, LIMITS.payloadBytes);
  const ref = (key) => {
    const value = optionalString(line, key);
    return value === null ? null : refName(key, value);
  };
  const event = {
    id: eventId(line.id),
    stream: streamName(line.stream),
    kind: eventKind(line.kind),
    project: ref("project"),
    session: ref("session"),
    source: ref("source"),
    target: ref("target"),
    actor: ref("actor"),
    payload: line.payload,
    ts: parseTs(line.ts)
  };
  if (isDomainKind(event.kind))
    checkDomainEvent(event);
  return event;
}
function importEvents(ctx, lines) {
  const result = { lines: 0, added: 0, duplicates: 0 };
  ctx.store.write((w) => {
    let n = 0;
    for (const text of lines) {
      n++;
      if (text.trim() === "")
        continue;
      try {
        const { duplicate } = w.append(parseEventLine(text));
        result.lines++;
        if (duplicate)
          result.duplicates++;
        else
          result.added++;
      } catch (error) {
        const message = error instanceof CairnError ? error.message : describe(error);
        throw new CairnError(error instanceof CairnError ? error.code : "invalid", `line ${n}: ${message}`);
      }
    }
  });
  return result;
}
var describe = (error) => sqliteCode(error)?.startsWith("SQLITE_CONSTRAINT") ? "conflicts with what the database already holds (missing project or session, or a duplicate)" : String(error?.message ?? error);
export {
  exportEvents,
  importEvents,
  parseEventLine,
  toJson
};
