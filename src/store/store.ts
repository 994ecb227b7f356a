import type { Database } from "bun:sqlite";
import type { CairnEvent } from "../domain/events.ts";
import { appendEvent, type Appended, type NewEvent } from "./append.ts";
import { openDatabase, storageError, type OpenOptions } from "./open.ts";
import { projectOf, sessionOf, type Project, type Session } from "./rows.ts";
import { prepareStatements, type Statements } from "./statements.ts";

/** What a command sees inside one write transaction: current state, and the one append path. */
export interface Writer {
  append(event: NewEvent): Appended;
  project(id: string): Project | undefined;
  /** The number the project's next session gets (its id is `<project>-<n>`). */
  nextSessionNumber(project: string): number;
  session(id: string): Session | undefined;
  sessionByExternalId(externalId: string): Session | undefined;
}

/**
 * The one place that touches SQLite. Commands write through `write()`; views read through
 * the query functions in `queries.ts` (drizzle, loaded only by the commands that read).
 */
export class Store {
  readonly statements: Statements;
  readonly #writer: Writer;

  constructor(
    readonly sqlite: Database,
    readonly path: string,
  ) {
    this.statements = prepareStatements(sqlite);
    this.#writer = makeWriter(this.statements);
  }

  static open(path: string, options?: OpenOptions): Store {
    return new Store(openDatabase(path, options), path);
  }

  /**
   * Runs `fn` in one synchronous BEGIN IMMEDIATE transaction: every event it appends and
   * every projection change commits together, or nothing does.
   */
  write<T>(fn: (writer: Writer) => T): T {
    // Plain BEGIN/COMMIT: bun:sqlite's transaction() helper costs ~1 ms to set up per process.
    try {
      this.sqlite.run("BEGIN IMMEDIATE");
      const result = fn(this.#writer);
      this.sqlite.run("COMMIT");
      return result;
    } catch (error) {
      if (this.sqlite.inTransaction) this.sqlite.run("ROLLBACK");
      throw storageError(error, this.path);
    }
  }

  /** Appends events in one transaction (no domain checks: commands do those). */
  append(events: NewEvent[]): Appended[] {
    return this.write((w) => events.map((e) => w.append(e)));
  }

  /** Changes whenever another connection commits; microseconds to read. */
  dataVersion(): number {
    return (this.sqlite.query("PRAGMA data_version").get() as { data_version: number }).data_version;
  }

  close(): void {
    this.sqlite.close();
  }
}

function makeWriter(s: Statements): Writer {
  return {
    append: (event) => appendEvent(s, event),
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
  };
}

export type { CairnEvent, NewEvent, Appended };
