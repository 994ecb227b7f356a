import type { Database, Statement } from "bun:sqlite";
import type { EventRow } from "./rows.ts";

/** A project row as the write path reads it (column names as the drizzle schema's keys). */
export interface ProjectRow {
  id: string;
  name: string;
  repo: string | null;
  description: string | null;
  archived: number;
  sessionCounter: number;
  createdAt: number;
  updatedAt: number;
}

export interface SessionRow {
  id: string;
  project: string;
  title: string;
  status: string;
  messageCount: number;
  externalId: string | null;
  agent: string | null;
  parent: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface SupervisionRow {
  session: string;
  agent: string;
  agentSession: string;
  cwd: string;
  worktree: string | null;
  branch: string | null;
  ask: number;
  pid: number | null;
  approval: string | null;
  endedReason: string | null;
  updatedAt: number;
}

/** Where an agent integration stands with a session (see `agentSessions` in the schema). */
export interface AgentSessionRow {
  session: string;
  pid: number | null;
  pidStart: string | null;
  transcript: string | null;
  transcriptOffset: number;
  pendingReply: string | null;
}

const PROJECT_COLUMNS = "id, name, repo, description, archived, session_counter AS sessionCounter, created_at AS createdAt, updated_at AS updatedAt";
const SUPERVISION_COLUMNS = "session, agent, agent_session AS agentSession, cwd, worktree, branch, ask, pid, approval, ended_reason AS endedReason, updated_at AS updatedAt";
/** A delivery row as the write path reads it. */
export interface DeliveryRow {
  id: string;
  session: string;
  kind: string;
  text: string;
  state: string;
  via: string | null;
  claim: string | null;
  claimedAt: number | null;
  at: number | null;
  reason: string | null;
  createdAt: number;
}

const DELIVERY_COLUMNS = "id, session, kind, text, state, via, claim, claimed_at AS claimedAt, at, reason, created_at AS createdAt";
const SESSION_COLUMNS = "id, project, title, status, message_count AS messageCount, external_id AS externalId, agent, parent, created_at AS createdAt, updated_at AS updatedAt";

/**
 * The SQL of the write path: appends and projection updates, as plain prepared bun:sqlite
 * statements. Every CLI call and hook runs these; drizzle's query builder costs ~15 ms to
 * load and a little per call, which the start-up and append budgets cannot afford. The
 * tables come from the drizzle schema (migrations); `statements.test.ts` checks these
 * column lists against it.
 */
const SQL = {
  eventById: "SELECT * FROM events WHERE id = ?1",
  // A stream's version, read at its first append in a transaction (we hold the write lock, so
  // later appends know it). Read apart from the insert: SQLite evaluates a version subquery in
  // every insert (a batch of 100 ran 1.6× slower), and the insert's seq comes back without
  // RETURNING (lastInsertRowid), which costs a hook ~0.15 ms more to prepare and run.
  streamVersion: "SELECT coalesce(max(version), 0) AS version FROM events WHERE stream = ?1",
  insertEvent: "INSERT INTO events (id, stream, version, kind, project, session, source, target, payload, ts, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  projectById: `SELECT ${PROJECT_COLUMNS} FROM projects WHERE id = ?1`,
  sessionById: `SELECT ${SESSION_COLUMNS} FROM sessions WHERE id = ?1`,
  sessionByExternalId: `SELECT ${SESSION_COLUMNS} FROM sessions WHERE external_id = ?1`,
  // A session's children (a Claude Code session's subagents), oldest first.
  childSessions: "SELECT id FROM sessions WHERE parent = ?1 ORDER BY created_at, id",
  insertProject: "INSERT INTO projects (id, name, repo, description, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
  archiveProject: "UPDATE projects SET archived = 1, updated_at = ?2 WHERE id = ?1",
  unarchiveProject: "UPDATE projects SET archived = 0, updated_at = ?2 WHERE id = ?1",
  countSession: "UPDATE projects SET session_counter = max(session_counter, ?2) WHERE id = ?1",
  insertSession: "INSERT INTO sessions (id, project, title, status, external_id, parent, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?7, ?6, ?6)",
  setSessionStatus: "UPDATE sessions SET status = ?2, updated_at = ?3 WHERE id = ?1",
  touchSession: "UPDATE sessions SET updated_at = ?2 WHERE id = ?1",
  setSessionTitle: "UPDATE sessions SET title = ?2, updated_at = ?3 WHERE id = ?1",
  // A new message is counted, then takes the count as its position (no RETURNING: it costs every append).
  countMessage: "UPDATE sessions SET message_count = message_count + 1, updated_at = max(updated_at, ?2) WHERE id = ?1",
  insertMessage: "INSERT INTO messages (id, session, position, role, created_at) VALUES (?1, ?2, (SELECT message_count FROM sessions WHERE id = ?2), ?3, ?4)",
  insertPart: "INSERT INTO message_parts (message_id, position, type, data) VALUES (?1, ?2, ?3, ?4)",
  updatePart: "UPDATE message_parts SET type = ?3, data = ?4 WHERE message_id = ?1 AND position = ?2",
  // A message's session and part count, for the rules of appends and part updates.
  messageById: "SELECT session, (SELECT count(*) FROM message_parts p WHERE p.message_id = m.id) AS parts FROM messages m WHERE m.id = ?1",
  setSessionAgent: "UPDATE sessions SET agent = ?2, updated_at = ?3 WHERE id = ?1",
  insertDelivery: "INSERT INTO deliveries (id, session, kind, text, state, created_at) VALUES (?1, ?2, ?3, ?4, 'pending', ?5)",
  deliveryById: `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE id = ?1`,
  claimDelivery: "UPDATE deliveries SET state = 'claimed', claim = ?2, via = ?3, claimed_at = ?4 WHERE id = ?1",
  deliverDelivery: "UPDATE deliveries SET state = 'delivered', via = ?2, at = ?3, reason = NULL WHERE id = ?1",
  releaseDelivery: "UPDATE deliveries SET state = 'pending', claim = NULL, claimed_at = NULL, via = NULL, reason = ?2 WHERE id = ?1",
  failDelivery: "UPDATE deliveries SET state = 'failed', reason = ?2, at = ?3 WHERE id = ?1",
  failOpenDeliveries: "UPDATE deliveries SET state = 'failed', reason = ?2, at = ?3 WHERE session = ?1 AND state IN ('pending', 'claimed')",
  // Pending items, and claims older than the lease (their deliverer is taken to have died). Not
  // a socket claim: it was sent and sits in Claude Code's queue until it comes back as a prompt,
  // however long the running tool takes; it is released when a new Claude Code process starts.
  claimableDeliveries: `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE session = ?1 AND (state = 'pending' OR (state = 'claimed' AND via <> 'socket' AND claimed_at < ?2)) ORDER BY created_at, id`,
  // Sessions with something pending for an agent of this name (the demo's seeded sessions).
  pendingForAgent: "SELECT DISTINCT d.session AS id FROM deliveries d JOIN sessions s ON s.id = d.session WHERE d.state = 'pending' AND s.agent = ?1",
  // What went out recently, to recognise it when the agent echoes it back as a prompt.
  recentDeliveries: `SELECT ${DELIVERY_COLUMNS} FROM deliveries WHERE session = ?1 AND state IN ('claimed', 'delivered') ORDER BY created_at DESC LIMIT 20`,
  endpointBySession: "SELECT socket, token FROM agent_endpoints WHERE session = ?1",
  saveEndpoint:
    "INSERT INTO agent_endpoints (session, socket, token, updated_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (session) DO UPDATE SET socket = excluded.socket, token = excluded.token, updated_at = excluded.updated_at",
  forgetEndpoint: "DELETE FROM agent_endpoints WHERE session = ?1",
  // The held_locks projection (schema.ts): taking a path held already keeps the first time.
  takeLock: "INSERT OR IGNORE INTO held_locks (project, session, path, since, seq) VALUES (?1, ?2, ?3, ?4, ?5)",
  freeLock: "DELETE FROM held_locks WHERE project = ?1 AND path = ?2 AND (?3 IS NULL OR session = ?3)",
  // One project's locks, or every project's (?1 NULL), in the order they were taken.
  heldLocks: "SELECT project, session, path, since, seq FROM held_locks WHERE ?1 IS NULL OR project = ?1 ORDER BY project, seq",
  sessionStatus: "SELECT status FROM sessions WHERE id = ?1",
  partAt: "SELECT data FROM message_parts WHERE message_id = ?1 AND position = ?2",
  agentSession:
    "SELECT session, pid, pid_start AS pidStart, transcript, transcript_offset AS transcriptOffset, pending_reply AS pendingReply FROM agent_sessions WHERE session = ?1",
  saveAgentSession:
    "INSERT INTO agent_sessions (session, pid, pid_start, transcript, transcript_offset, pending_reply) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (session) DO UPDATE SET pid = ?2, pid_start = ?3, transcript = ?4, transcript_offset = ?5, pending_reply = ?6",
  // Every part of a session, for imports that must not repeat what hooks already recorded.
  sessionParts:
    "SELECT p.message_id AS messageId, m.role AS role, p.position AS position, p.data AS data FROM message_parts p JOIN messages m ON m.id = p.message_id WHERE m.session = ?1",
  // The newest tool parts of a session, to pair a finished tool call with its start.
  recentToolParts:
    "SELECT p.message_id AS messageId, p.position AS position, p.data AS data FROM message_parts p JOIN messages m ON m.id = p.message_id WHERE m.session = ?1 AND p.type = 'tool' ORDER BY m.position DESC, p.position DESC LIMIT 50",
  supervisionBySession: `SELECT ${SUPERVISION_COLUMNS} FROM supervisions WHERE session = ?1`,
  // Supervisors believed running: readers check that their processes still exist.
  liveSupervisions: `SELECT ${SUPERVISION_COLUMNS} FROM supervisions WHERE pid IS NOT NULL`,
  superviseSession:
    "INSERT INTO supervisions (session, agent, agent_session, cwd, worktree, branch, ask, pid, approval, ended_reason, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, NULL, NULL, ?8) ON CONFLICT (session) DO UPDATE SET agent = ?2, agent_session = ?3, cwd = ?4, worktree = ?5, branch = ?6, ask = ?7, updated_at = ?8",
  setSupervisor: "UPDATE supervisions SET pid = ?2, approval = NULL, ended_reason = ?3, updated_at = ?4 WHERE session = ?1",
  // What happened in one session after a cursor: a supervisor's inbox.
  sessionEventsAfter: "SELECT * FROM events WHERE session = ?1 AND seq > ?2 ORDER BY seq LIMIT 500",
  setApproval: "UPDATE supervisions SET approval = ?2, updated_at = ?3 WHERE session = ?1",
} as const;

type Sql = typeof SQL;
type Param = string | number | null;

/** Statements by name, each compiled the first time it is used. */
export type Statements = { [K in keyof Sql]: Statement<K extends "eventById" | "sessionEventsAfter" ? EventRow : K extends "projectById" ? ProjectRow : K extends "sessionById" | "sessionByExternalId" ? SessionRow : K extends "messageById" ? { session: string; parts: number } : K extends "partAt" ? { data: string } : K extends "agentSession" ? AgentSessionRow : K extends "streamVersion" ? { version: number } : K extends "recentToolParts" ? { messageId: string; position: number; data: string } : K extends "sessionParts" ? { messageId: string; role: string; position: number; data: string } : K extends "deliveryById" | "claimableDeliveries" | "recentDeliveries" ? DeliveryRow : K extends "endpointBySession" ? { socket: string; token: string } : K extends "heldLocks" ? { project: string; session: string; path: string; since: number; seq: number } : K extends "sessionStatus" ? { status: string } : K extends "childSessions" | "pendingForAgent" ? { id: string } : K extends "supervisionBySession" | "liveSupervisions" ? SupervisionRow : unknown, Param[]> };

export function prepareStatements(sqlite: Database): Statements {
  const statements = {} as Statements;
  for (const name of Object.keys(SQL) as Array<keyof Sql>) {
    // Compiled on first use, then a plain property: the append hot path pays nothing after.
    Object.defineProperty(statements, name, {
      configurable: true,
      get() {
        const statement = sqlite.prepare(SQL[name]);
        Object.defineProperty(statements, name, { value: statement });
        return statement;
      },
    });
  }
  return statements;
}

export { SQL as WRITE_SQL };
