import { and, asc, desc, eq, gt, gte, inArray, lt, lte, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { CairnEvent } from "../domain/events.ts";
import type { Part } from "../domain/message.ts";
import type { Status } from "../domain/status.ts";
import { shownState } from "../domain/delivery.ts";
import { shownParts, shownStatus } from "../domain/shown.ts";
import { processAlive } from "./process.ts";
import { agentSessions, deliveries, events, messageParts, messages, projects, sessions } from "./schema.ts";
import { projectOf, rowToEvent, sessionOf, supervisionOf as fromRow, type Delivery, type Message, type Project, type Session, type Supervision } from "./rows.ts";
import { drizzle, type BunSQLiteDatabase } from "drizzle-orm/bun-sqlite";
import * as schema from "./schema.ts";
import type { Store } from "./store.ts";

/** The read side goes through drizzle's query builder. */
export type Db = BunSQLiteDatabase<typeof schema>;

const readers = new WeakMap<Store, Db>();

/** The drizzle handle for a store's connection, made once. */
export function dbOf(store: Store): Db {
  let db = readers.get(store);
  if (!db) readers.set(store, (db = drizzle({ client: store.sqlite, schema })));
  return db;
}

/** Which events to read. Every field narrows; absent fields match everything. */
export interface EventFilter {
  kinds?: string[];
  /** Leave these kinds out. */
  notKinds?: string[];
  source?: string;
  target?: string;
  session?: string;
  project?: string;
  /** Epoch ms, inclusive. */
  since?: number;
  /** Epoch ms, inclusive. */
  until?: number;
  /** Case-insensitive substring of kind, source, target, session or payload. */
  grep?: string;
  /** Only events with seq greater than this (the tail cursor). */
  after?: number;
  /** Only events with seq less than this (paging backwards). */
  before?: number;
}

const escapeLike = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function eventConditions(f: EventFilter): SQL | undefined {
  const grep = f.grep ? escapeLike(f.grep) : undefined;
  return and(
    f.kinds?.length ? inArray(events.kind, f.kinds) : undefined,
    f.notKinds?.length ? notInArray(events.kind, f.notKinds) : undefined,
    f.source !== undefined ? eq(events.source, f.source) : undefined,
    f.target !== undefined ? eq(events.target, f.target) : undefined,
    f.session !== undefined ? eq(events.session, f.session) : undefined,
    f.project !== undefined ? eq(events.project, f.project) : undefined,
    f.since !== undefined ? gte(events.ts, f.since) : undefined,
    f.until !== undefined ? lte(events.ts, f.until) : undefined,
    f.after !== undefined ? gt(events.seq, f.after) : undefined,
    f.before !== undefined ? lt(events.seq, f.before) : undefined,
    grep
      ? or(
          sql`${events.kind} LIKE ${grep} ESCAPE '\\'`,
          sql`${events.source} LIKE ${grep} ESCAPE '\\'`,
          sql`${events.target} LIKE ${grep} ESCAPE '\\'`,
          sql`${events.session} LIKE ${grep} ESCAPE '\\'`,
          sql`${events.payload} LIKE ${grep} ESCAPE '\\'`,
        )
      : undefined,
  );
}

/**
 * Matching events in seq order. With `after`, the first `limit` after the cursor
 * (reading forward); otherwise the newest `limit` (like tail).
 */
export function listEvents(store: Store, filter: EventFilter, limit: number): CairnEvent[] {
  const db = dbOf(store);
  const where = eventConditions(filter);
  if (filter.after !== undefined) {
    return db.select().from(events).where(where).orderBy(asc(events.seq)).limit(limit).all().map(rowToEvent);
  }
  const rows = db.select().from(events).where(where).orderBy(desc(events.seq)).limit(limit).all();
  return rows.reverse().map(rowToEvent);
}

/** How many events match (cheap with a seq cursor: it reads only the range after it). */
export function countEvents(store: Store, filter: EventFilter): number {
  const db = dbOf(store);
  return db.select({ n: sql<number>`count(*)` }).from(events).where(eventConditions(filter)).get()?.n ?? 0;
}

export function getEvent(store: Store, seq: number): CairnEvent | undefined {
  const db = dbOf(store);
  const row = db.select().from(events).where(eq(events.seq, seq)).get();
  return row && rowToEvent(row);
}

/** Counts of matching events by kind, most frequent first. */
export function countEventsByKind(store: Store, filter: EventFilter): Array<{ kind: string; count: number }> {
  const db = dbOf(store);
  return db
    .select({ kind: events.kind, count: sql<number>`count(*)` })
    .from(events)
    .where(eventConditions(filter))
    .groupBy(events.kind)
    .orderBy(desc(sql`count(*)`), asc(events.kind))
    .all();
}

/**
 * How many events arrived in each of `buckets` spans of `bucketMs` ending at `now`, oldest
 * first (of one session when given). Each span's bounds are found through the time index and
 * turned into seq bounds, so a busy log costs the same as a quiet one.
 */
export function eventRate(store: Store, now: number, bucketMs: number, buckets: number, session?: string): number[] {
  const db = dbOf(store);
  const end = lastSeq(store) + 1;
  const firstAt = (ts: number) => db.select({ seq: events.seq }).from(events).where(gte(events.ts, ts)).orderBy(asc(events.ts)).limit(1).get()?.seq ?? end;
  // Writers' clocks differ by a little: bounds never go backwards.
  const bounds: number[] = [];
  for (let i = 0; i <= buckets; i++) bounds.push(Math.max(bounds.at(-1) ?? 0, i === buckets ? end : firstAt(now - (buckets - i) * bucketMs)));
  const count = (i: number) =>
    session === undefined
      ? bounds[i + 1]! - bounds[i]!
      : (db.select({ n: sql<number>`count(*)` }).from(events).where(and(eq(events.session, session), gte(events.seq, bounds[i]!), lt(events.seq, bounds[i + 1]!))).get()?.n ?? 0);
  return Array.from({ length: buckets }, (_, i) => count(i));
}

/** The newest seq in the log (0 when empty): the cursor a new tail starts from. */
export function lastSeq(store: Store): number {
  const db = dbOf(store);
  return db.select({ seq: sql<number | null>`max(${events.seq})` }).from(events).get()?.seq ?? 0;
}

/** Every event in seq order, streamed: for rebuild and export of large logs. */
export function* allEvents(store: Store, filter: EventFilter = {}): Generator<CairnEvent> {
  const db = dbOf(store);
  const batch = 1000;
  let after = filter.after ?? 0;
  for (;;) {
    const page = listEvents(store, { ...filter, after }, batch);
    yield* page;
    if (page.length < batch) return;
    after = page[page.length - 1]!.seq;
  }
}

/** Which projects to read: a window of them in id order, so 100,000 projects cost what 20 do. */
export interface ProjectFilter {
  includeArchived?: boolean;
  /** Case-insensitive substring of the id or name. */
  text?: string;
  /** Only projects whose id sorts after this one (paging forward). */
  after?: string;
  limit?: number;
  offset?: number;
}

const projectConditions = (f: ProjectFilter): SQL | undefined =>
  and(
    f.includeArchived ? undefined : eq(projects.archived, false),
    f.text ? or(sql`${projects.id} LIKE ${escapeLike(f.text)} ESCAPE '\\'`, sql`${projects.name} LIKE ${escapeLike(f.text)} ESCAPE '\\'`) : undefined,
    f.after !== undefined ? gt(projects.id, f.after) : undefined,
  );

/** Projects in id order; a window when limit/offset are given. */
export function listProjects(store: Store, filter: ProjectFilter = {}): Project[] {
  const db = dbOf(store);
  return db
    .select()
    .from(projects)
    .where(projectConditions(filter))
    .orderBy(asc(projects.id))
    .limit(filter.limit ?? -1)
    .offset(filter.offset ?? 0)
    .all()
    .map(projectOf);
}

export function countProjects(store: Store, filter: ProjectFilter = {}): number {
  const db = dbOf(store);
  return db.select({ n: sql<number>`count(*)` }).from(projects).where(projectConditions(filter)).get()?.n ?? 0;
}

/** Where a project stands in the id-ordered list (0-based). */
export function projectPosition(store: Store, filter: ProjectFilter, id: string): number {
  const db = dbOf(store);
  return db.select({ n: sql<number>`count(*)` }).from(projects).where(and(projectConditions(filter), lt(projects.id, id))).get()?.n ?? 0;
}

export function getProject(store: Store, id: string): Project | undefined {
  const db = dbOf(store);
  const row = db.select().from(projects).where(eq(projects.id, id)).get();
  return row && projectOf(row);
}

export interface SessionFilter {
  project?: string;
  statuses?: Status[];
  /** Case-insensitive substring of the id or title. */
  text?: string;
  /**
   * Most recent activity first (default), newest first (stable while agents write), or by
   * status (those needing a person first, then activity).
   */
  order?: "activity" | "created" | "status";
  /** Sessions waiting for a person, and failed ones, before all others (then `order`). */
  waitingFirst?: boolean;
  limit?: number;
  offset?: number;
}

const sessionConditions = (f: SessionFilter): SQL | undefined =>
  and(
    f.project !== undefined ? eq(sessions.project, f.project) : undefined,
    f.statuses?.length ? inArray(sessions.status, f.statuses) : undefined,
    f.text ? or(sql`${sessions.title} LIKE ${escapeLike(f.text)} ESCAPE '\\'`, sql`${sessions.id} LIKE ${escapeLike(f.text)} ESCAPE '\\'`) : undefined,
  );

/** Statuses in the order a person deals with them: what waits for them first, what is finished last. */
export const STATUS_RANK: Readonly<Record<Status, number>> = { waiting: 0, failed: 1, review: 2, running: 3, queued: 4, done: 5, cancelled: 6 };
const statusRank = sql<number>`CASE ${sessions.status} ${sql.join(
  Object.entries(STATUS_RANK).map(([status, rank]) => sql`WHEN ${status} THEN ${rank}`),
  sql` `,
)} END`;
const needsYou = sql<number>`CASE WHEN ${sessions.status} IN ('waiting', 'failed') THEN 0 ELSE 1 END`;

/** The sort keys of a session list: a column or expression, its direction, and its value for one session. */
function sessionKeys(f: SessionFilter): Array<{ expr: SQL; desc: boolean; value: (s: Session) => string | number }> {
  const byTime = f.order === "created" ? { expr: sql`${sessions.createdAt}`, desc: true, value: (s: Session) => s.createdAt } : { expr: sql`${sessions.updatedAt}`, desc: true, value: (s: Session) => s.updatedAt };
  return [
    ...(f.waitingFirst ? [{ expr: needsYou, desc: false, value: (s: Session) => (s.status === "waiting" || s.status === "failed" ? 0 : 1) }] : []),
    ...(f.order === "status" ? [{ expr: statusRank, desc: false, value: (s: Session) => STATUS_RANK[s.status] }] : []),
    byTime,
    { expr: sql`${sessions.id}`, desc: true, value: (s: Session) => s.id },
  ];
}

/**
 * As a person should see them: a session whose agent process is gone is shown ended (see
 * domain/shown.ts). One query for the whole page; only sessions that look live are checked.
 */
export function withLiveness(store: Store, rows: Session[]): Session[] {
  const live = rows.filter((r) => shownStatus(r.status, false) !== r.status);
  if (live.length === 0) return rows;
  const db = dbOf(store);
  const agents = db
    .select({ session: agentSessions.session, pid: agentSessions.pid, pidStart: agentSessions.pidStart })
    .from(agentSessions)
    .where(inArray(agentSessions.session, live.map((r) => r.id)))
    .all();
  const gone = new Set(agents.filter((a) => a.pid !== null && !processAlive(a.pid, { start: a.pidStart })).map((a) => a.session));
  return gone.size === 0 ? rows : rows.map((r) => (gone.has(r.id) ? { ...r, status: shownStatus(r.status, false) } : r));
}

/** Whether any session of the filter was started from another (a subagent's): only then is the list nested. */
function hasChildren(store: Store, filter: SessionFilter): boolean {
  const db = dbOf(store);
  return db.select({ id: sessions.id }).from(sessions).where(and(sessionConditions(filter), sql`${sessions.parent} IS NOT NULL`)).limit(1).get() !== undefined;
}

/** Families nest in the time orders; sorted by status or waiting first, children sit where their own keys put them. */
const nestable = (f: SessionFilter) => !f.waitingFirst && f.order !== "status";

/** The nested order: each session's children (oldest first) right under it, families ordered as their heads. */
const nestedOrder = (f: SessionFilter) => {
  const head = f.order === "created" ? sessions.createdAt : sessions.updatedAt;
  const headOf = sql`coalesce((SELECT ${sql.raw(f.order === "created" ? "p.created_at" : "p.updated_at")} FROM sessions p WHERE p.id = ${sessions.parent}), ${head})`;
  return [desc(headOf), desc(sql`coalesce(${sessions.parent}, ${sessions.id})`), asc(sql`${sessions.parent} IS NOT NULL`), asc(sessions.createdAt), asc(sessions.id)];
};

/** Sessions in the filter's order (most recent activity first by default), children nested under their parents. */
export function listSessions(store: Store, filter: SessionFilter = {}): Session[] {
  const db = dbOf(store);
  const rows = db
    .select()
    .from(sessions)
    .where(sessionConditions(filter))
    .orderBy(...(nestable(filter) && hasChildren(store, filter) ? nestedOrder(filter) : sessionKeys(filter).map((k) => (k.desc ? desc(k.expr) : asc(k.expr)))))
    .limit(filter.limit ?? -1)
    .offset(filter.offset ?? 0)
    .all()
    .map(sessionOf);
  return withLiveness(store, rows);
}

export function countSessions(store: Store, filter: SessionFilter = {}): number {
  const db = dbOf(store);
  return db.select({ n: sql<number>`count(*)` }).from(sessions).where(sessionConditions(filter)).get()?.n ?? 0;
}

/** Where a session stands in the filter's order (0-based): a selection survives rows arriving above it. */
export function sessionPosition(store: Store, filter: SessionFilter, session: Session): number {
  const db = dbOf(store);
  if (nestable(filter) && hasChildren(store, filter)) {
    // Nested: count in the same order (a scan of the filter's sessions, only for lists that have children).
    const ids = db.select({ id: sessions.id }).from(sessions).where(sessionConditions(filter)).orderBy(...nestedOrder(filter)).all();
    return Math.max(0, ids.findIndex((r) => r.id === session.id));
  }
  // Sorts before: earlier on the first key that differs.
  const before = sessionKeys(filter).reduceRight<SQL | undefined>((rest, k) => {
    const v = k.value(session);
    const first = k.desc ? gt(k.expr, v) : lt(k.expr, v);
    return rest === undefined ? first : or(first, and(eq(k.expr, v), rest));
  }, undefined);
  return db.select({ n: sql<number>`count(*)` }).from(sessions).where(and(sessionConditions(filter), before)).get()?.n ?? 0;
}

export function getSession(store: Store, id: string): Session | undefined {
  const db = dbOf(store);
  const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
  return row && withLiveness(store, [sessionOf(row)])[0];
}

export interface MessageWindow {
  offset?: number;
  limit?: number;
  /** Only messages with a part containing this text (case-insensitive). */
  text?: string;
}

const messageConditions = (session: string, text: string | undefined): SQL | undefined =>
  and(
    eq(messages.session, session),
    text
      ? sql`EXISTS (SELECT 1 FROM ${messageParts} WHERE ${messageParts.messageId} = ${messages.id} AND ${messageParts.data} LIKE ${escapeLike(text)} ESCAPE '\\')`
      : undefined,
  );

export function countMessages(store: Store, session: string, text?: string): number {
  const db = dbOf(store);
  return db.select({ n: sql<number>`count(*)` }).from(messages).where(messageConditions(session, text)).get()?.n ?? 0;
}

/** The session's next message after `message` (step 1) or the one before it (-1), in the order said, with a part containing `text`. */
export function matchingMessage(store: Store, session: string, message: string, text: string, step: 1 | -1): string | undefined {
  const db = dbOf(store);
  const at = db.select({ createdAt: messages.createdAt, position: messages.position }).from(messages).where(eq(messages.id, message)).get();
  if (!at) return undefined;
  const beyond =
    step > 0
      ? or(gt(messages.createdAt, at.createdAt), and(eq(messages.createdAt, at.createdAt), gt(messages.position, at.position)))
      : or(lt(messages.createdAt, at.createdAt), and(eq(messages.createdAt, at.createdAt), lt(messages.position, at.position)));
  const order = step > 0 ? [asc(messages.createdAt), asc(messages.position)] : [desc(messages.createdAt), desc(messages.position)];
  return db
    .select({ id: messages.id })
    .from(messages)
    .where(and(messageConditions(session, text), beyond))
    .orderBy(...order)
    .limit(1)
    .get()?.id;
}

/**
 * Messages of a session in the order they were said (then as recorded), with their parts as a
 * person should see them (domain/shown.ts); a window when offset/limit are given.
 */
export function sessionMessages(store: Store, session: string, window: MessageWindow = {}): Message[] {
  const db = dbOf(store);
  const status = getSession(store, session)?.status ?? "running";
  const rows = db
    .select()
    .from(messages)
    .where(messageConditions(session, window.text))
    // In the order said: a transcript line recorded after a later hook's tool call still comes first.
    .orderBy(asc(messages.createdAt), asc(messages.position))
    .limit(window.limit ?? -1)
    .offset(window.offset ?? 0)
    .all();
  if (rows.length === 0) return [];
  const parts = db
    .select()
    .from(messageParts)
    .where(inArray(messageParts.messageId, rows.map((r) => r.id)))
    .orderBy(asc(messageParts.messageId), asc(messageParts.position))
    .all();
  const byMessage = Map.groupBy(parts, (p) => p.messageId);
  const delivery = deliveriesOf(store, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    parts: shownParts((byMessage.get(r.id) ?? []).map((p) => JSON.parse(p.data) as Part), status),
    createdAt: r.createdAt,
    ...(delivery.has(r.id) ? { delivery: delivery.get(r.id) } : {}),
  }));
}

/** Delivery state of messages or events by id (only those that were for a live agent). */
export function deliveriesOf(store: Store, ids: string[]): Map<string, Delivery> {
  if (ids.length === 0) return new Map();
  const db = dbOf(store);
  const rows = db.select().from(deliveries).where(inArray(deliveries.id, ids)).all();
  return new Map(rows.map((d) => [d.id, { state: shownState(d.state), via: d.via, at: d.at, reason: d.reason }]));
}

/** How many items each session's agent has not received yet (pending or in flight). */
export function undeliveredCounts(store: Store, sessionIds: string[]): Map<string, number> {
  if (sessionIds.length === 0) return new Map();
  const db = dbOf(store);
  const rows = db
    .select({ session: deliveries.session, n: sql<number>`count(*)` })
    .from(deliveries)
    .where(and(inArray(deliveries.session, sessionIds), inArray(deliveries.state, ["pending", "claimed"])))
    .groupBy(deliveries.session)
    .all();
  return new Map(rows.map((r) => [r.session, r.n]));
}

/** Header figures for people: cheap even on a million events. Archived projects are not counted. */
export function totals(store: Store): { projects: number; sessions: number; events: number; waiting: number; failed: number } {
  const db = dbOf(store);
  const projectsShown = db.select({ n: sql<number>`count(*)` }).from(projects).where(eq(projects.archived, false)).get()?.n ?? 0;
  // What needs a person, across every project.
  const waiting = countSessions(store, { statuses: ["waiting"] });
  const failed = countSessions(store, { statuses: ["failed"] });
  return { projects: projectsShown, sessions: countSessions(store), events: lastSeq(store), waiting, failed };
}

/** One message with its parts. */
export function getMessage(store: Store, id: string): Message | undefined {
  const db = dbOf(store);
  const row = db.select().from(messages).where(eq(messages.id, id)).get();
  if (!row) return undefined;
  const parts = db.select().from(messageParts).where(eq(messageParts.messageId, id)).orderBy(asc(messageParts.position)).all();
  return { id: row.id, role: row.role, parts: parts.map((p) => JSON.parse(p.data) as Part), createdAt: row.createdAt };
}

/** Session ids starting with `prefix`, for completion (at most `limit`). */
export function sessionIdsLike(store: Store, prefix: string, limit: number): string[] {
  const db = dbOf(store);
  const like = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.select({ id: sessions.id }).from(sessions).where(sql`${sessions.id} LIKE ${like} ESCAPE '\\'`).orderBy(asc(sessions.id)).limit(limit).all().map((r) => r.id);
}

/** How cairn supervises a session's agent, if it does. */
export function supervisionOf(store: Store, session: string): Supervision | undefined {
  const row = store.statements.supervisionBySession.get(session);
  return row ? fromRow(row) : undefined;
}
