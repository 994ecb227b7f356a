import { eq, sql } from "drizzle-orm";
import type { BunSQLiteDatabase } from "drizzle-orm/bun-sqlite";
import { events, messageParts, messages, projects, sessions } from "./schema.ts";
import type * as schema from "./schema.ts";

export type Db = BunSQLiteDatabase<typeof schema>;

const p = sql.placeholder;
/** update().set() takes SQL, not bare placeholders. */
const v = (name: string) => sql`${p(name)}`;

/**
 * Every statement the write path runs, prepared once per connection: the append hot path
 * then costs the same as hand-written prepared statements.
 */
export function prepareStatements(db: Db) {
  return {
    eventById: db.select().from(events).where(eq(events.id, p("id"))).prepare(),
    streamVersion: db
      .select({ version: sql<number | null>`max(${events.version})` })
      .from(events)
      .where(eq(events.stream, p("stream")))
      .prepare(),
    insertEvent: db
      .insert(events)
      .values({
        id: p("id"),
        stream: p("stream"),
        version: p("version"),
        kind: p("kind"),
        project: p("project"),
        session: p("session"),
        source: p("source"),
        target: p("target"),
        payload: p("payload"),
        ts: p("ts"),
        actor: p("actor"),
      })
      .returning({ seq: events.seq })
      .prepare(),

    projectById: db.select().from(projects).where(eq(projects.id, p("id"))).prepare(),
    sessionById: db.select().from(sessions).where(eq(sessions.id, p("id"))).prepare(),
    sessionByExternalId: db.select().from(sessions).where(eq(sessions.externalId, p("externalId"))).prepare(),

    insertProject: db
      .insert(projects)
      .values({
        id: p("id"),
        name: p("name"),
        repo: p("repo"),
        description: p("description"),
        createdAt: p("ts"),
        updatedAt: p("ts"),
      })
      .prepare(),
    archiveProject: db
      .update(projects)
      .set({ archived: true, updatedAt: v("ts") })
      .where(eq(projects.id, p("id")))
      .prepare(),
    countSession: db
      .update(projects)
      .set({ sessionCounter: sql`max(${projects.sessionCounter}, ${p("number")})` })
      .where(eq(projects.id, p("id")))
      .prepare(),
    insertSession: db
      .insert(sessions)
      .values({
        id: p("id"),
        project: p("project"),
        title: p("title"),
        status: p("status"),
        externalId: p("externalId"),
        createdAt: p("ts"),
        updatedAt: p("ts"),
      })
      .prepare(),
    setSessionStatus: db
      .update(sessions)
      .set({ status: v("status"), updatedAt: v("ts") })
      .where(eq(sessions.id, p("id")))
      .prepare(),
    setSessionTitle: db
      .update(sessions)
      .set({ title: v("title"), updatedAt: v("ts") })
      .where(eq(sessions.id, p("id")))
      .prepare(),
    countMessage: db
      .update(sessions)
      .set({ messageCount: sql`${sessions.messageCount} + 1`, updatedAt: v("ts") })
      .where(eq(sessions.id, p("id")))
      .returning({ position: sessions.messageCount })
      .prepare(),
    insertMessage: db
      .insert(messages)
      .values({ id: p("id"), session: p("session"), position: p("position"), role: p("role"), createdAt: p("ts") })
      .prepare(),
    insertPart: db
      .insert(messageParts)
      .values({ messageId: p("messageId"), position: p("position"), type: p("type"), data: p("data") })
      .prepare(),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
