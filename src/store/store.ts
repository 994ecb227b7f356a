import type { Database } from "bun:sqlite";
import { drizzle } from "drizzle-orm/bun-sqlite";
import type { CairnEvent } from "../domain/events.ts";
import { appendEvent, type Appended, type NewEvent } from "./append.ts";
import { driverError, openDatabase, storageError, type OpenOptions } from "./open.ts";
import { projectOf, sessionOf, type Project, type Session } from "./rows.ts";
import * as schema from "./schema.ts";
import { prepareStatements, type Db, type Statements } from "./statements.ts";

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
 * the query functions that take `store.db`.
 */
export class Store {
  readonly db: Db;
  #statements?: Statements;
  #writer?: Writer;

  constructor(
    readonly sqlite: Database,
    readonly path: string,
  ) {
    this.db = drizzle({ client: sqlite, schema });
  }

  static open(path: string, options?: OpenOptions): Store {
    return new Store(openDatabase(path, options), path);
  }

  /** Prepared lazily: read-only commands never pay for them. */
  get statements(): Statements {
    return (this.#statements ??= prepareStatements(this.db));
  }

  /**
   * Runs `fn` in one synchronous BEGIN IMMEDIATE transaction: every event it appends and
   * every projection change commits together, or nothing does.
   */
  write<T>(fn: (writer: Writer) => T): T {
    const writer = (this.#writer ??= this.#makeWriter());
    try {
      return this.db.transaction(() => fn(writer), { behavior: "immediate" });
    } catch (error) {
      throw storageError(driverError(error), this.path);
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

  #makeWriter(): Writer {
    const s = this.statements;
    return {
      append: (event) => appendEvent(s, event),
      project: (id) => {
        const row = s.projectById.get({ id });
        return row && projectOf(row);
      },
      nextSessionNumber: (id) => (s.projectById.get({ id })?.sessionCounter ?? 0) + 1,
      session: (id) => {
        const row = s.sessionById.get({ id });
        return row && sessionOf(row);
      },
      sessionByExternalId: (externalId) => {
        const row = s.sessionByExternalId.get({ externalId });
        return row && sessionOf(row);
      },
    };
  }
}

export type { CairnEvent, NewEvent, Appended };
