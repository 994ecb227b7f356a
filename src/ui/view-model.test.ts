import { afterAll, beforeAll, expect, test } from "bun:test";
import { addProject } from "../commands/project.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { innerRows, layout } from "./layout.ts";
import { move } from "./navigate.ts";
import { initialState, reduce } from "./state/app-state.ts";
import { buildView } from "./view-model.ts";

const tmp = tempDir();
let store: Store;
const SESSIONS = 3000;
const l = layout(80, 24, 10, 0);

beforeAll(() => {
  store = Store.open(tmp.db);
  addProject({ store, actor: "t" }, { id: "big" });
  // Written straight through the store's append path in one transaction: fast enough for a test.
  store.append(
    Array.from({ length: SESSIONS }, (_, i) => ({
      stream: `session:big-${i + 1}`,
      kind: "session.created",
      project: "big",
      session: `big-${i + 1}`,
      payload: { title: `task ${i + 1}`, status: "queued", externalId: null },
      ts: 1_000_000 + i,
    })),
  );
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

test("panes read only the rows that fit", () => {
  const view = buildView(store, initialState("big"), l);
  expect(view.sessions.total).toBe(SESSIONS);
  expect(view.sessions.rows).toHaveLength(innerRows(l.sessionsHeight));
  expect(view.events.rows).toHaveLength(innerRows(l.eventsHeight));
  expect(view.sessions.rows[0]!.id).toBe(`big-${SESSIONS}`);
});

/** Rows SQLite hands back while `run` runs: every read goes through a prepared statement. */
function rowsRead<T>(run: () => T): { result: T; rows: number } {
  const sqlite = store.sqlite;
  const prepare = sqlite.prepare.bind(sqlite);
  let rows = 0;
  const count = (r: unknown) => {
    rows += Array.isArray(r) ? r.length : r == null ? 0 : 1;
    return r;
  };
  sqlite.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    return new Proxy(stmt, {
      get: (target, name) => {
        const value = Reflect.get(target, name, target);
        if (typeof value !== "function") return value;
        return ["all", "get", "values"].includes(String(name)) ? (...args: unknown[]) => count(value.apply(target, args)) : value.bind(target);
      },
    });
  }) as typeof sqlite.prepare;
  try {
    return { result: run(), rows };
  } finally {
    sqlite.prepare = prepare;
  }
}

test("moving to the last of thousands of sessions reads one row and scrolls the window", () => {
  let state = initialState("big");
  const view = buildView(store, state, l);
  const { result: action, rows } = rowsRead(() => move(store, "sessions", Infinity, view, l)!);
  expect(rows).toBe(1);
  state = reduce(state, action);
  const after = buildView(store, state, l);
  expect(after.sessions.selected!.id).toBe("big-1");
  expect(after.sessions.cursor).toBe(SESSIONS - 1);
  expect(after.sessions.rows.at(-1)!.id).toBe("big-1");
});

test("the selection stays on its session when new sessions arrive above it", () => {
  let state = initialState("big");
  state = reduce(state, move(store, "sessions", 5, buildView(store, state, l), l)!);
  const chosen = buildView(store, state, l).sessions.selected!.id;
  store.append([{ stream: `session:big-${SESSIONS + 1}`, kind: "session.created", project: "big", session: `big-${SESSIONS + 1}`, payload: { title: "new", status: "queued", externalId: null }, ts: 9_000_000 }]);
  const after = buildView(store, state, l);
  expect(after.sessions.selected!.id).toBe(chosen);
  expect(after.sessions.cursor).toBe(6);
});
