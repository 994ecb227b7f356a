import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { addProject } from "../commands/project.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { CairnError } from "../domain/errors.ts";
import { tempDir } from "../testing/harness.ts";
import { refuseForeignDatabase, SCHEMA_VERSION } from "./migrate.ts";
import { countEventsByKind, listEvents, listSessions, sessionMessages } from "./queries.ts";
import { checkDatabase, dumpProjections, rebuildProjections } from "./rebuild.ts";
import { Store } from "./store.ts";

let tmp: ReturnType<typeof tempDir>;
let store: Store;
const ctx = () => ({ store, actor: "test" });

beforeEach(() => {
  tmp = tempDir();
  store = Store.open(tmp.db);
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    if (error instanceof CairnError) return error.code;
    throw error;
  }
  return undefined;
};

describe("the event log", () => {
  test("assigns a global sequence and per-stream versions", () => {
    const [a, b, c] = store.append([
      { stream: "job:1", kind: "step", payload: {} },
      { stream: "job:2", kind: "step", payload: {} },
      { stream: "job:1", kind: "step", payload: {} },
    ]).map((r) => r.event);
    expect([a!.seq, b!.seq, c!.seq]).toEqual([1, 2, 3]);
    expect([a!.version, b!.version, c!.version]).toEqual([1, 1, 2]);
  });

  test("a client id makes a retry a no-op and a different body a conflict", () => {
    const first = store.append([{ id: "x1", stream: "job:1", kind: "step", payload: { n: 1 } }])[0]!;
    const retry = store.append([{ id: "x1", stream: "job:1", kind: "step", payload: { n: 1 } }])[0]!;
    expect(retry.duplicate).toBe(true);
    expect(retry.event.seq).toBe(first.event.seq);
    expect(codeOf(() => store.append([{ id: "x1", stream: "job:1", kind: "step", payload: { n: 2 } }]))).toBe("conflict");
    expect(listEvents(store, {}, 100)).toHaveLength(1);
  });

  test("an expected version that does not match is a conflict and writes nothing", () => {
    store.append([{ stream: "job:1", kind: "step", payload: {}, expectedVersion: 0 }]);
    expect(codeOf(() => store.append([{ stream: "job:1", kind: "step", payload: {}, expectedVersion: 0 }]))).toBe("conflict");
    expect(listEvents(store, {}, 100)).toHaveLength(1);
  });

  test("a failing event rolls back the whole transaction", () => {
    expect(
      codeOf(() =>
        store.append([
          { stream: "job:9", kind: "step", payload: {} },
          { stream: "job:9", kind: "step", payload: {}, expectedVersion: 5 },
        ]),
      ),
    ).toBe("conflict");
    expect(listEvents(store, {}, 100)).toHaveLength(0);
  });

  test("a conflict caught inside a nested write leaves no event, and the outer write goes on", () => {
    store.write((w) => {
      w.append({ stream: "job:1", kind: "step", payload: { n: 1 } });
      expect(
        codeOf(() =>
          store.write((inner) => {
            inner.append({ stream: "job:1", kind: "step", payload: { n: 2 } });
            inner.append({ stream: "job:1", kind: "step", payload: { n: 3 }, expectedVersion: 0 });
          }),
        ),
      ).toBe("conflict");
      w.append({ stream: "job:1", kind: "step", payload: { n: 4 }, expectedVersion: 1 });
    });
    const log = listEvents(store, {}, 100).map((e) => [e.payload.n, e.version]);
    expect(log).toEqual([
      [1, 1],
      [4, 2],
    ]);
  });

  test("an append refuses before it inserts: a caller that catches the error keeps no trace of it", () => {
    store.write((w) => {
      w.append({ stream: "job:1", kind: "step", payload: { n: 1 } });
      expect(codeOf(() => w.append({ stream: "job:1", kind: "step", payload: { n: 2 }, expectedVersion: 0 }))).toBe("conflict");
      expect(codeOf(() => w.append({ stream: "session:x-1", kind: "session.titled", project: "x", session: "x-1", payload: { title: "t" } }))).toBe("not_found");
      expect(codeOf(() => w.append({ id: "x1", stream: "job:2", kind: "step", payload: {}, expectedVersion: 3 }))).toBe("conflict");
    });
    expect(listEvents(store, {}, 100).map((e) => e.payload.n)).toEqual([1]);
  });

  test("coordination events change no projection", () => {
    addProject(ctx(), { id: "api" });
    const before = dumpProjections(store);
    recordEvent(ctx(), { kind: "lock_acquired", project: "api", source: "a" });
    expect(dumpProjections(store)).toBe(before);
  });

  test("coordination kinds may not borrow domain names", () => {
    expect(codeOf(() => recordEvent(ctx(), { kind: "session.created" }))).toBe("invalid");
  });
});

describe("projections", () => {
  function fill() {
    addProject(ctx(), { id: "api", name: "API", repo: "r", description: "d" });
    addProject(ctx(), { id: "web" });
    for (let i = 0; i < 5; i++) {
      const s = newSession(ctx(), { project: i % 2 ? "api" : "web", message: `task ${i}` }).id;
      appendMessage(ctx(), { session: s, role: "assistant", message: [{ type: "reasoning", text: "hm" }, { type: "tool", name: "Bash", state: "completed", input: { command: "ls" }, output: "a" }, { type: "mystery", keep: [1, 2] }] });
      setStatus(ctx(), { session: s, status: "running" });
      recordEvent(ctx(), { kind: "task_started", session: s });
    }
  }

  test("db rebuild replays the log into exactly the same rows", () => {
    fill();
    const before = dumpProjections(store);
    expect(before.split("\n").length).toBeGreaterThan(20);
    rebuildProjections(store);
    expect(dumpProjections(store)).toBe(before);
    expect(checkDatabase(store)).toEqual({ integrity: ["ok"], foreignKeys: 0, missingTables: [], rules: "ok", projectionsMatchLog: true, badTimes: 0 });
  });

  test("db check notices projections that drifted from the log", () => {
    fill();
    store.sqlite.run("UPDATE sessions SET title = 'tampered' WHERE id = 'api-1'");
    expect(checkDatabase(store).projectionsMatchLog).toBe(false);
    expect(store.sqlite.query("SELECT title FROM sessions WHERE id = 'api-1'").get()).toEqual({ title: "tampered" });
  });

  test("unknown part types are kept verbatim", () => {
    fill();
    const [, second] = sessionMessages(store, "api-1");
    expect(second!.parts[2]).toEqual({ type: "mystery", keep: [1, 2] });
  });

  test("sessions by project and status, most recent first", () => {
    fill();
    setStatus(ctx(), { session: "web-1", status: "waiting" });
    expect(listSessions(store, { project: "web", statuses: ["waiting"] }).map((s) => s.id)).toEqual(["web-1"]);
    expect(listSessions(store, { project: "api" }).map((s) => s.id)).toEqual(["api-2", "api-1"]);
  });

  test("counts by kind", () => {
    fill();
    expect(countEventsByKind(store, { kinds: ["task_started", "project.created"] })).toEqual([
      { kind: "task_started", count: 5 },
      { kind: "project.created", count: 2 },
    ]);
  });
});

describe("opening a database", () => {
  test("a database from a newer cairn is refused with a clear message", () => {
    store.sqlite.run(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    store.close();
    expect(() => (store = Store.open(tmp.db))).toThrow(/written by a newer cairn/);
    store = Store.open(`${tmp.dir}/other.db`);
  });

  test("a database from an older cairn is upgraded on open, keeping its data", () => {
    const path = `${tmp.dir}/old.db`;
    // Build schema 1 by hand: the first migration only, as the first cairn wrote it.
    const old = new Database(path);
    const first = require("node:fs").readFileSync(new URL("../../drizzle/0000_init.sql", import.meta.url), "utf8") as string;
    for (const statement of first.split("--> statement-breakpoint")) if (statement.trim()) old.run(statement);
    old.run("INSERT INTO projects (id, name, created_at, updated_at) VALUES ('kept', 'kept', 1, 1)");
    old.run("PRAGMA user_version = 1");
    old.close();
    const upgraded = Store.open(path);
    expect(upgraded.migrated).toBe(true);
    expect(upgraded.sqlite.query("PRAGMA user_version").get()).toEqual({ user_version: SCHEMA_VERSION });
    expect(upgraded.sqlite.query("SELECT name FROM sqlite_master WHERE name = 'sessions_project_created'").get()).toEqual({ name: "sessions_project_created" });
    expect(upgraded.sqlite.query("SELECT id FROM projects").all()).toEqual([{ id: "kept" }]);
    upgraded.close();
    const again = Store.open(path);
    expect(again.migrated).toBe(false);
    again.close();
  });

  test("another program's SQLite file is left alone", () => {
    const path = `${tmp.dir}/foreign.db`;
    const foreign = new Database(path);
    foreign.run("CREATE TABLE notes (body TEXT)");
    foreign.close();
    expect(() => Store.open(path)).toThrow(/another program/);
  });

  test("a fresh file another cairn migrates while this one looks is not called foreign", () => {
    const path = `${tmp.dir}/fresh.db`;
    new Database(path).close();
    const looking = new Database(path);
    // After this connection's first read, another cairn's migration commits: what a
    // fresh file opened by several processes at once can see between two reads.
    const query = looking.query.bind(looking);
    let reads = 0;
    looking.query = ((sql: string) => {
      const statement = query(sql);
      const get = statement.get.bind(statement);
      statement.get = ((...args: []) => {
        const row = get(...args);
        if (++reads === 1) Store.open(path).close();
        return row;
      }) as typeof statement.get;
      return statement;
    }) as typeof looking.query;
    expect(() => refuseForeignDatabase(looking, path)).not.toThrow();
    looking.close();
  });

  test("uses WAL, NORMAL sync, foreign keys and a busy timeout", () => {
    const get = (pragma: string) => Object.values(store.sqlite.query(`PRAGMA ${pragma}`).get() as object)[0];
    expect(get("journal_mode")).toBe("wal");
    expect(get("synchronous")).toBe(1);
    expect(get("foreign_keys")).toBe(1);
    expect(get("busy_timeout")).toBeGreaterThan(0);
  });
});
