import { checkEventShape } from "../domain/event-rules.ts";
import { eventToJson, streamName } from "../domain/events.ts";
import { CairnError, fail } from "../domain/errors.ts";
import { eventId, eventKind, refName } from "../domain/ids.ts";
import { checkedJson, jsonText, refuseInexactNumbers, type Json } from "../domain/json.ts";
import { payloadLimit } from "../domain/event-limits.ts";
import { checkTs } from "../domain/when.ts";
import { sqliteCode } from "../store/open.ts";
import { allEvents, type EventFilter } from "../store/queries.ts";
import type { NewEvent } from "../store/store.ts";
import type { Store } from "../store/store.ts";
import type { CommandContext } from "./context.ts";

/** The event log as JSON Lines, one event per line, in seq order. */
export function* exportEvents(store: Store, filter: EventFilter = {}): Generator<string> {
  for (const event of allEvents(store, filter)) yield jsonText(eventToJson(event));
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

const optionalString = (line: Record<string, unknown>, key: string): string | null => {
  const value = line[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") fail("invalid", `"${key}" must be a string or null`);
  return value as string;
};

function parseTs(value: unknown): number {
  if (typeof value === "number" && Number.isFinite(value)) return checkTs(value);
  if (typeof value === "string") {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return checkTs(ms);
  }
  return fail("invalid", `"ts" must be an ISO-8601 time or epoch milliseconds`);
}

/** Reads one exported line back into an event to append (seq and version are reassigned). */
export function parseEventLine(text: string): NewEvent {
  let line: unknown;
  try {
    line = JSON.parse(text);
  } catch {
    return fail("invalid", "not valid JSON");
  }
  if (!isRecord(line)) return fail("invalid", "each line must be a JSON object");
  refuseInexactNumbers("line", text);
  if (typeof line.id !== "string") fail("invalid", 'missing "id"');
  if (typeof line.kind !== "string") fail("invalid", 'missing "kind"');
  if (typeof line.stream !== "string") fail("invalid", 'missing "stream"');
  if (!isRecord(line.payload)) fail("invalid", '"payload" must be a JSON object');
  checkedJson("payload", line.payload, payloadLimit(line.kind as string));
  const ref = (key: string) => {
    const value = optionalString(line as Record<string, unknown>, key);
    return value === null ? null : refName(key, value);
  };
  const event: NewEvent = {
    id: eventId(line.id as string),
    stream: streamName(line.stream as string),
    kind: eventKind(line.kind as string),
    project: ref("project"),
    session: ref("session"),
    source: ref("source"),
    target: ref("target"),
    actor: ref("actor"),
    payload: line.payload as Record<string, Json>,
    ts: parseTs(line.ts),
  };
  return event; // the append checks it against its kind's rule (domain/event-rules.ts)
}

export interface ImportResult {
  lines: number;
  added: number;
  duplicates: number;
}

/** Runs `each` on every non-blank line; an error names the line it came from. */
function eachLine(lines: Iterable<string>, each: (text: string) => void): number {
  let n = 0;
  let nonBlank = 0;
  for (const text of lines) {
    n++;
    if (text.trim() === "") continue;
    nonBlank++;
    try {
      each(text);
    } catch (error) {
      const message = error instanceof CairnError ? error.message : describe(error);
      throw new CairnError(error instanceof CairnError ? error.code : "invalid", `line ${n}: ${message}`);
    }
  }
  return nonBlank;
}

/**
 * Appends exported lines in one transaction: all or nothing; ids already present are skipped.
 * `lines` is read twice: first every line is checked without the write lock, then appended
 * under it, so a long import holds the lock only for the writing (hooks spool meanwhile).
 */
export function importEvents(ctx: CommandContext, lines: () => Iterable<string>): ImportResult {
  const result: ImportResult = { lines: 0, added: 0, duplicates: 0 };
  eachLine(lines(), (text) => checkEventShape(parseEventLine(text)));
  ctx.store.write((w) => {
    result.lines = eachLine(lines(), (text) => {
      if (w.append(parseEventLine(text)).duplicate) result.duplicates++;
      else result.added++;
    });
  });
  return result;
}

const describe = (error: unknown): string =>
  sqliteCode(error)?.startsWith("SQLITE_CONSTRAINT")
    ? "conflicts with what the database already holds (missing project or session, or a duplicate)"
    : String((error as Error)?.message ?? error);
