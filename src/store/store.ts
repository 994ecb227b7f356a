import type { Database } from "bun:sqlite";
import type { CairnEvent } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import type { Part } from "../domain/message.ts";
import { appendEvent, ruleState, type Appended, type NewEvent } from "./append.ts";
import { openDatabase, storageError, type OpenOptions } from "./open.ts";
import { projectOf, sessionOf, supervisionOf, type Project, type Session, type Supervision } from "./rows.ts";
import { clearReplayed, replaySpool, spoolPending, type Replayer } from "./spool.ts";
import { prepareStatements, type AgentSessionRow, type DeliveryRow, type Statements } from "./statements.ts";

/** What a command sees inside one write transaction: current state, and the one append path. */
export interface Writer {
  append(event: NewEvent): Appended;
  project(id: string): Project | undefined;
  /** The number the project's next session gets (its id is `<project>-<n>`). */
  nextSessionNumber(project: string): number;
  session(id: string): Session | undefined;
  sessionByExternalId(externalId: string): Session | undefined;
  /** The ids of sessions started from `parent` (its subagents), oldest first. */
  children(parent: string): string[];
  /** Whether a message id is already taken (imports use stable ids to stay idempotent). */
  hasMessage(id: string): boolean;
  /** The newest tool parts of a session, newest first. */
  toolParts(session: string): Array<{ messageId: string; position: number; part: Part }>;
  /** Every part of a session with its message's role (imports compare against them). */
  parts(session: string): Array<{ messageId: string; role: string; position: number; part: Part }>;
  /** How cairn supervises the session's agent, if it does. */
  supervision(session: string): Supervision | undefined;
  /** What a deliverer may claim now: pending items, and claims taken before `staleBefore`. */
  claimable(session: string, staleBefore: number): DeliveryRow[];
  delivery(id: string): DeliveryRow | undefined;
  /** The newest items in flight or delivered, newest first. */
  recentDeliveries(session: string): DeliveryRow[];
  /** One part of a message, if there is one at that position. */
  part(messageId: string, position: number): Part | undefined;
  /** Where an agent integration stands with a session (not a projection: never replayed). */
  agentSession(session: string): AgentSessionRow | undefined;
  saveAgentSession(row: AgentSessionRow): void;
}

/**
 * The one place that touches SQLite. Commands write through `write()`; views read through
 * the query functions in `queries.ts` (drizzle, loaded only by the commands that read).
 */
export class Store {
  readonly statements: Statements;
  readonly #writer: Writer;
  /** Stream versions seen in the current transaction (see appendEvent). */
  #versions = new Map<string, number>();
  /** How many writes are open inside the outermost one (each is a SAVEPOINT). */
  #depth = 0;

  constructor(
    readonly sqlite: Database,
    readonly path: string,
    /** Whether opening it applied migrations (true for exactly one of many first openers). */
    readonly migrated = false,
  ) {
    this.statements = prepareStatements(sqlite);
    this.#writer = makeWriter(this.statements, () => this.#versions);
  }

  /**
   * How to replay spooled writes (store/spool.ts), by kind. Set by processes that can:
   * each outermost write first replays what waits in the spool, in the same transaction.
   */
  replayers: Record<string, Replayer> | undefined;
  /** Where a spooled write that cannot be applied is reported. */
  onReplayFailure: (name: string, error: unknown) => void = () => {};

  /** The file's identity when watching began (see watchFile). */
  #identity: { dev: number; ino: number } | undefined;

  /**
   * For long-running processes (the UI): from now on, notice when the database file is
   * removed or replaced under us, and refuse writes then (they would go to a file no one
   * else can see). One stat per write; nothing for short-lived commands, which never call it.
   */
  watchFile(): void {
    const { statSync } = require("node:fs") as typeof import("node:fs");
    const stat = statSync(this.path);
    this.#identity = { dev: stat.dev, ino: stat.ino };
  }

  /** Whether the file at our path is still the one we opened (only once watchFile was called). */
  fileChange(): "removed" | "replaced" | undefined {
    if (!this.#identity) return undefined;
    const { statSync } = require("node:fs") as typeof import("node:fs");
    const stat = statSync(this.path, { throwIfNoEntry: false });
    if (!stat) return "removed";
    return stat.dev === this.#identity.dev && stat.ino === this.#identity.ino ? undefined : "replaced";
  }

  static open(path: string, options?: OpenOptions): Store {
    const { sqlite, migrated } = openDatabase(path, options);
    return new Store(sqlite, path, migrated);
  }

  /**
   * Runs `fn` in one synchronous BEGIN IMMEDIATE transaction: every event it appends and
   * every projection change commits together, or nothing does.
   */
  write<T>(fn: (writer: Writer) => T): T {
    // A write inside a write commits with the outer one (a hook's several commands are one
    // transaction), as a SAVEPOINT: if it throws, what it did is undone and the outer write
    // may catch the error and go on.
    if (this.sqlite.inTransaction) return this.#nested(fn);
    const change = this.fileChange();
    if (change) fail("storage", `database ${this.path} was ${change} since cairn opened it: nothing written (restart cairn to use the file now there)`);
    // Plain BEGIN/COMMIT: bun:sqlite's transaction() helper costs ~1 ms to set up per process.
    try {
      this.#versions = new Map();
      this.sqlite.run("BEGIN IMMEDIATE");
      const replayed = this.replayers && spoolPending(this.path) ? replaySpool(this, this.replayers, this.onReplayFailure) : undefined;
      const result = fn(this.#writer);
      this.sqlite.run("COMMIT");
      if (replayed) clearReplayed(this, replayed.done);
      return result;
    } catch (error) {
      if (this.sqlite.inTransaction) this.sqlite.run("ROLLBACK");
      throw storageError(error, this.path);
    }
  }

  /** Appends events in one transaction; each must pass its rule (`domain/event-rules.ts`). */
  append(events: NewEvent[]): Appended[] {
    return this.write((w) => events.map((e) => w.append(e)));
  }

  #nested<T>(fn: (writer: Writer) => T): T {
    const name = `w${++this.#depth}`;
    const versions = new Map(this.#versions);
    this.sqlite.run(`SAVEPOINT ${name}`);
    try {
      const result = fn(this.#writer);
      this.sqlite.run(`RELEASE ${name}`);
      return result;
    } catch (error) {
      // (SQLite may already have rolled the whole transaction back, e.g. on a full disk.)
      if (this.sqlite.inTransaction) {
        this.sqlite.run(`ROLLBACK TO ${name}`);
        this.sqlite.run(`RELEASE ${name}`);
      }
      this.#versions = versions;
      throw error;
    } finally {
      this.#depth--;
    }
  }

  /** How long this connection's writes wait for another writer's lock (the UI waits on a timer instead). */
  setBusyTimeout(ms: number): void {
    this.sqlite.run(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(ms))}`);
  }

  /** Changes whenever another connection commits; microseconds to read. */
  dataVersion(): number {
    return (this.sqlite.query("PRAGMA data_version").get() as { data_version: number }).data_version;
  }

  close(): void {
    this.sqlite.close();
  }
}

function makeWriter(s: Statements, versions: () => Map<string, number>): Writer {
  const state = ruleState(s);
  return {
    append: (event) => appendEvent(s, state, event, versions()),
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
    children: (parent) => s.childSessions.all(parent).map((r) => r.id),
    hasMessage: (id) => s.messageById.get(id) !== null,
    toolParts: (session) => s.recentToolParts.all(session).map((r) => ({ messageId: r.messageId, position: r.position, part: JSON.parse(r.data) as Part })),
    supervision: (session) => {
      const row = s.supervisionBySession.get(session);
      return row ? supervisionOf(row) : undefined;
    },
    parts: (session) => s.sessionParts.all(session).map((r) => ({ messageId: r.messageId, role: r.role, position: r.position, part: JSON.parse(r.data) as Part })),
    claimable: (session, staleBefore) => s.claimableDeliveries.all(session, staleBefore),
    delivery: (id) => s.deliveryById.get(id) ?? undefined,
    recentDeliveries: (session) => s.recentDeliveries.all(session),
    part: (messageId, position) => {
      const row = s.partAt.get(messageId, position);
      return row ? (JSON.parse(row.data) as Part) : undefined;
    },
    agentSession: (session) => s.agentSession.get(session) ?? undefined,
    saveAgentSession: (r) => void s.saveAgentSession.run(r.session, r.pid, r.pidStart, r.transcript, r.transcriptOffset, r.pendingReply),
  };
}

export type { CairnEvent, NewEvent, Appended, DeliveryRow };
