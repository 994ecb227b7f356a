import { afterAll, beforeAll, expect, test } from "bun:test";
import { DOMAIN_KINDS, projectStream, sessionStream } from "../domain/events.ts";
import { countProjects } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { cairnOk, tempDir } from "../testing/harness.ts";
import { peakMemory } from "../testing/memory.ts";
import { KEY, PtyScreen } from "../testing/pty.ts";
import { buildView } from "../ui/view-model.ts";
import { initialState } from "../ui/state/app-state.ts";
import { layout } from "../ui/layout.ts";
import { scale } from "./soak.ts";

const tmp = tempDir();
const db = tmp.db;
afterAll(() => tmp.cleanup());
const PROJECTS = scale(10_000, 100_000);
const MESSAGES = scale(10_000, 100_000);
const name = (i: number) => `p${String(i).padStart(6, "0")}`;

beforeAll(() => {
  const store = Store.open(db);
  const ts = 1_700_000_000_000;
  for (let start = 0; start < PROJECTS; start += 5_000) {
    store.append(Array.from({ length: Math.min(5_000, PROJECTS - start) }, (_, k) => {
      const id = name(start + k);
      return { stream: projectStream(id), kind: DOMAIN_KINDS.projectCreated, project: id, payload: { name: `Project ${start + k}`, repo: null, description: null }, ts };
    }));
  }
  const session = `${name(0)}-1`;
  store.append([{ stream: sessionStream(session), kind: DOMAIN_KINDS.sessionCreated, project: name(0), session, payload: { title: "long", status: "queued", externalId: null }, ts }]);
  for (let start = 0; start < MESSAGES; start += 5_000) {
    store.append(Array.from({ length: Math.min(5_000, MESSAGES - start) }, (_, k) => ({
      stream: sessionStream(session),
      kind: DOMAIN_KINDS.messageAppended,
      project: name(0),
      session,
      payload: { id: `m${start + k + 1}`, role: "user", parts: [{ type: "text", text: `message ${start + k + 1} ${"x".repeat(200)}` }] },
      ts,
    })));
  }
  store.close();
}, 300_000);

test("project list pages: 100 by default, --limit and --after for the next page", async () => {
  const first = (await cairnOk(db, ["project", "list", "--format", "json"])) as string;
  const rows = JSON.parse(first) as Array<{ id: string }>;
  expect(rows).toHaveLength(100);
  expect(rows.at(-1)!.id).toBe(name(99));
  const next = JSON.parse(await cairnOk(db, ["project", "list", "--format", "json", "--after", name(99), "--limit", "3"])) as Array<{ id: string }>;
  expect(next.map((p) => p.id)).toEqual([name(100), name(101), name(102)]);
});

test("session show pages messages with --limit and --after, and streams a long session in flat memory", async () => {
  const page = JSON.parse(await cairnOk(db, ["session", "show", `${name(0)}-1`, "--format", "json", "--after", "100", "--limit", "2"]));
  expect(page.messages.map((m: { id: string }) => m.id)).toEqual(["m101", "m102"]);
  const table = await cairnOk(db, ["session", "show", `${name(0)}-1`, "--after", String(MESSAGES - 1)]);
  expect(table).toContain(`${MESSAGES}. user`);
  const whole = await peakMemory(["--db", db, "session", "show", `${name(0)}-1`, "--format", "json"]);
  expect(whole.code).toBe(0);
  expect(JSON.parse(whole.stdout).messages).toHaveLength(MESSAGES);
  // 10,000 messages of ~300 bytes (100,000 in soak), read 500 at a time (before: all of them as objects at once).
  expect(whole.peakMb).toBeLessThan(scale(150, 200));
}, 60_000);

test("the UI's projects pane reads a window of rows, not every project", () => {
  const store = Store.open(db);
  try {
    const view = buildView(store, initialState(), layout(120, 40, countProjects(store), 0));
    expect(view.projects.total).toBe(PROJECTS);
    expect(view.projects.rows.length).toBeLessThan(40);
    expect(view.projects.selected?.id).toBe(name(0));
  } finally {
    store.close();
  }
});

test("the UI opens on many projects and moves to the last one", async () => {
  const screen = new PtyScreen(["--db", db], { cols: 100, rows: 30 });
  try {
    await screen.waitFor("● live", 20_000);
    await screen.press("G");
    await screen.waitFor(name(PROJECTS - 1), 20_000);
  } finally {
    screen.close();
  }
}, 60_000);
