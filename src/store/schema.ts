import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** The append-only log: the source of truth. `seq` is the global order and the only cursor readers need. */
export const events = sqliteTable(
  "events",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    stream: text("stream").notNull(),
    version: integer("version").notNull(),
    kind: text("kind").notNull(),
    project: text("project"),
    session: text("session"),
    source: text("source"),
    target: text("target"),
    /** JSON object text. */
    payload: text("payload").notNull(),
    /** Epoch milliseconds. */
    ts: integer("ts").notNull(),
    actor: text("actor"),
  },
  (t) => [
    uniqueIndex("events_id").on(t.id),
    uniqueIndex("events_stream_version").on(t.stream, t.version),
    index("events_kind_seq").on(t.kind, t.seq),
    index("events_session_seq").on(t.session, t.seq),
    index("events_project_seq").on(t.project, t.seq),
    index("events_source_seq").on(t.source, t.seq),
    index("events_target_seq").on(t.target, t.seq),
    index("events_ts").on(t.ts),
  ],
);

/** Projection: one row per project. */
export const projects = sqliteTable("projects", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  repo: text("repo"),
  description: text("description"),
  archived: integer("archived", { mode: "boolean" }).notNull().default(false),
  /** Highest session number handed out, so session ids stay short and unique. */
  sessionCounter: integer("session_counter").notNull().default(0),
  createdAt: integer("created_at").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/** Projection: one row per agent session. `updatedAt` is the session's last activity. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    project: text("project")
      .notNull()
      .references(() => projects.id),
    title: text("title").notNull(),
    status: text("status").notNull(),
    messageCount: integer("message_count").notNull().default(0),
    /** An agent's own id for this session (for example Claude Code's session_id). */
    externalId: text("external_id"),
    /** The live agent attached to this session (claude, demo, …), null when none is. */
    agent: text("agent"),
    /** The session this one was started from (a subagent's parent), if any. */
    parent: text("parent"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    index("sessions_project_updated").on(t.project, t.updatedAt),
    index("sessions_status_updated").on(t.status, t.updatedAt),
    index("sessions_updated").on(t.updatedAt),
    index("sessions_project_created").on(t.project, t.createdAt),
    uniqueIndex("sessions_external").on(t.externalId),
    index("sessions_project_parent").on(t.project, t.parent),
  ],
);

/** Projection: messages of a session, in order (`position` counts from 1). */
export const messages = sqliteTable(
  "messages",
  {
    id: text("id").primaryKey(),
    session: text("session")
      .notNull()
      .references(() => sessions.id),
    position: integer("position").notNull(),
    role: text("role").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  // Messages are read in the order they were said (createdAt), then as recorded: an agent's
  // words found in its transcript after a hook recorded the tool call that followed them
  // still come first.
  (t) => [uniqueIndex("messages_session_position").on(t.session, t.position), index("messages_session_created").on(t.session, t.createdAt, t.position)],
);

/** Projection: the parts of each message, in order; `data` is the whole part as JSON. */
export const messageParts = sqliteTable(
  "message_parts",
  {
    messageId: text("message_id")
      .notNull()
      .references(() => messages.id),
    position: integer("position").notNull(),
    type: text("type").notNull(),
    data: text("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.position] })],
);

/**
 * Projection: sessions whose agent cairn supervises (`cairn run`): how to start the agent
 * again, the supervisor process working it now, and the tool permission it waits for.
 */
export const supervisions = sqliteTable("supervisions", {
  session: text("session")
    .primaryKey()
    .references(() => sessions.id),
  agent: text("agent").notNull(),
  /** The agent's own session id (Claude Code's --session-id), kept across restarts. */
  agentSession: text("agent_session").notNull(),
  cwd: text("cwd").notNull(),
  worktree: text("worktree"),
  branch: text("branch"),
  ask: integer("ask", { mode: "boolean" }).notNull(),
  /** The supervisor process working it now; null when none does. */
  pid: integer("pid"),
  /** JSON of the approval the agent waits for ({request, tool, summary}), or null. */
  approval: text("approval"),
  /** Why the last supervisor ended. */
  endedReason: text("ended_reason"),
  updatedAt: integer("updated_at").notNull(),
});


/**
 * Not a projection: where an agent integration stands with a live session (its process, how far
 * its transcript has been read). Written beside the events of the same hook, never replayed.
 */
export const agentSessions = sqliteTable("agent_sessions", {
  session: text("session").primaryKey(),
  /** The agent's process and its start time (so a reused pid is not taken for it). */
  pid: integer("pid"),
  pidStart: text("pid_start"),
  /** The transcript file read so far, and the byte offset after its last complete line read. */
  transcript: text("transcript"),
  transcriptOffset: integer("transcript_offset").notNull().default(0),
  /** A reply recorded from a hook before its transcript line was written (so the line is not added twice). */
  pendingReply: text("pending_reply"),
});


/**
 * Spooled writes already replayed (store/spool.ts): recorded in the same transaction as
 * what they wrote, so an entry whose file outlived a crash is never applied twice.
 */
export const spoolReplayed = sqliteTable("spool_replayed", {
  name: text("name").primaryKey(),
});
/**
 * Projection: what a person asked cairn to deliver to a session's live agent (a message, or an
 * event added with --deliver), keyed by the message or event id, and how far it got.
 */
export const deliveries = sqliteTable(
  "deliveries",
  {
    id: text("id").primaryKey(),
    session: text("session")
      .notNull()
      .references(() => sessions.id),
    /** message | event */
    kind: text("kind").notNull(),
    /** The text the agent receives ("From <actor> via cairn: …"). */
    text: text("text").notNull(),
    /** pending | claimed | delivered | failed */
    state: text("state").notNull(),
    /** The path that delivered it: socket, hook, demo, stdin. */
    via: text("via"),
    /** The current claim's id and when it was taken: an unconfirmed claim is retried after a while. */
    claim: text("claim"),
    claimedAt: integer("claimed_at"),
    /** Delivered or failed at (epoch ms). */
    at: integer("at"),
    /** Why it failed, or why the last attempt was given up. */
    reason: text("reason"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("deliveries_session_state").on(t.session, t.state, t.createdAt)],
);

/**
 * Not a projection: how to reach a live agent directly (Claude Code's messaging socket and its
 * token). A credential, so it lives only here, where the database file's user-only
 * permissions protect it: never in the event log, never printed, deleted when the session ends.
 */
export const agentEndpoints = sqliteTable("agent_endpoints", {
  // No foreign key: `db rebuild` empties and refills sessions under it.
  session: text("session").primaryKey(),
  socket: text("socket").notNull(),
  token: text("token").notNull(),
  updatedAt: integer("updated_at").notNull(),
});

/**
 * The locks held now, by project: the lock events (coordination events) as `lockChange` in
 * domain/locks.ts says, kept as they are appended. Every edit's PreToolUse and every view of
 * the UI reads them; folding the events each time read all of a project's lock history.
 * A lock of a session that has ended is still here; readers skip it.
 */
export const heldLocks = sqliteTable(
  "held_locks",
  {
    project: text("project").notNull(),
    session: text("session").notNull(),
    path: text("path").notNull(),
    /** When it was taken (epoch ms) and by which event. */
    since: integer("since").notNull(),
    seq: integer("seq").notNull(),
  },
  (t) => [primaryKey({ columns: [t.project, t.session, t.path] })],
);

export const PROJECTION_TABLES = ["held_locks", "deliveries", "supervisions", "message_parts", "messages", "sessions", "projects"] as const;
