import { afterAll, expect, test } from "bun:test";
import { Database } from "bun:sqlite";
import { existsSync, readFileSync } from "node:fs";
import { CLI, cairn, cairnOk, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test("demo --no-ui seeds the database and its agents write live from their own processes", async () => {
  const run = await cairn(tmp.db, ["demo", "--no-ui", "--agents", "3", "--seconds", "4"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n")[0]).toBe(`seeded ${tmp.db}; 3 agents writing (Ctrl-C to stop)`);
  const db = new Database(tmp.db, { readonly: true });
  const projects = db.query("SELECT count(*) AS n FROM projects").get() as { n: number };
  expect(projects.n).toBe(3);
  // Events written after seeding came from the simulated agents, as themselves.
  const actors = db.query("SELECT DISTINCT actor FROM events WHERE actor LIKE 'agent-%' ORDER BY actor").values().flat();
  expect(actors).toEqual(["agent-1", "agent-2", "agent-3"]);
  const parts = db.query("SELECT DISTINCT type FROM message_parts ORDER BY type").values().flat();
  expect(parts).toEqual(["reasoning", "text", "tool"]);
  db.close();
  // What the agents wrote was printed as it committed.
  expect(run.stdout).toContain("agent-");
  // No agent outlives the demo.
  const ps = Bun.spawnSync(["pgrep", "-f", `demo/agent.ts ${tmp.db}`]);
  expect(ps.stdout.toString().trim()).toBe("");
}, 30_000);

test("demo on a database that already holds other projects adds its own and runs", async () => {
  const db = `${tmp.dir}/shared.db`;
  expect((await cairn(db, ["project", "add", "mine"])).code).toBe(0);
  const run = await cairn(db, ["demo", "--no-ui", "--agents", "1", "--seconds", "2"]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const sqlite = new Database(db, { readonly: true });
  expect(sqlite.query("SELECT id FROM projects ORDER BY id").values().flat()).toEqual(["api", "infra", "mine", "web"]);
  sqlite.close();
}, 30_000);

test("demo agents outlive refused commands: archived projects are skipped, nothing reaches the terminal", async () => {
  const db = `${tmp.dir}/archive.db`;
  const demo = Bun.spawn([process.execPath, CLI, "--db", db, "demo", "--no-ui", "--agents", "2", "--seconds", "60"], { stdout: "ignore", stderr: "pipe" });
  const query = <T>(sql: string): T[] => {
    const sqlite = new Database(db, { readonly: true });
    try {
      return sqlite.query(sql).all() as T[];
    } finally {
      sqlite.close();
    }
  };
  /** Polls the database (written by other processes) until `check` holds; a file still being created is "not yet". */
  const holds = (check: () => boolean) => {
    try {
      return check();
    } catch {
      return false;
    }
  };
  const until = async (check: () => boolean, what: string) => {
    for (const deadline = Date.now() + 30_000; !holds(check); await Bun.sleep(100)) if (Date.now() > deadline) throw new Error(`never: ${what}`);
  };
  const log = `${tmp.dir}/demo-agents.log`;
  try {
    await until(() => query("SELECT 1 FROM events WHERE actor LIKE 'agent-%'").length > 0, "agents writing");
    for (const p of ["api", "web", "infra"]) await cairnOk(db, ["project", "archive", p]);
    await until(() => existsSync(log) && readFileSync(log, "utf8").includes("every demo project is archived"), "an agent finding nothing to do");
    const seq = query<{ seq: number }>("SELECT max(seq) AS seq FROM events")[0]!.seq;
    await cairnOk(db, ["project", "unarchive", "web"]);
    // Both agents take up work again, in the one project open to them.
    await until(() => query(`SELECT DISTINCT actor FROM events WHERE seq > ${seq} AND kind = 'session.created' AND project = 'web'`).length === 2, "both agents starting sessions in web");
    expect(query(`SELECT 1 FROM events WHERE seq > ${seq} AND kind = 'session.created' AND project != 'web'`)).toEqual([]);
  } finally {
    demo.kill("SIGINT");
  }
  expect(await demo.exited).toBe(0);
  expect(await new Response(demo.stderr).text()).toBe("");
  expect(readFileSync(log, "utf8")).not.toContain("error:");
}, 60_000);

/** Waits for `check` to return something, polling the database. */
async function until<T>(check: () => T | undefined, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition never met");
    await Bun.sleep(50);
  }
}

test("a demo agent answers what a person writes to its session (or to a seeded one shown running), marks it delivered, and stops when the session is cancelled", async () => {
  const db = `${tmp.dir}/steer.db`;
  const demo = Bun.spawn([process.execPath, CLI, "--db", db, "demo", "--no-ui", "--agents", "1", "--seconds", "60"], { stdout: "ignore", stderr: "pipe", env: { ...process.env, CAIRN_ACTOR: "test" } });
  try {
    const read = <T>(sql: string, ...args: string[]): T | null => {
      let sqlite: Database | undefined;
      try {
        sqlite = new Database(db, { readonly: true });
        return sqlite.query(sql).get(...args) as T | null;
      } catch {
        return null; // not created yet
      } finally {
        sqlite?.close();
      }
    };
    const live = await until(() => read<{ id: string }>("SELECT id FROM sessions WHERE agent = 'demo' AND status = 'running'")?.id);
    await cairnOk(db, ["session", "append", live, "please keep the API stable"], { env: { CAIRN_ACTOR: "cli:newcomer" } });
    await until(() => read("SELECT 1 FROM message_parts p JOIN messages m ON m.id = p.message_id WHERE m.session = ?1 AND p.data LIKE '%On it: please keep the API stable%'", live) ?? undefined);
    const shown = JSON.parse(await cairnOk(db, ["session", "show", live, "--format", "json"]));
    const asked = shown.messages.find((m: { parts: Array<{ text?: string }> }) => m.parts[0]?.text === "please keep the API stable");
    expect(asked.delivery).toMatchObject({ state: "delivered", via: "demo" });

    // A seeded session shown running has no simulated agent of its own; a free one answers.
    const seeded = read<{ id: string }>("SELECT id FROM sessions WHERE agent = 'demo-seeded' AND status = 'running'")!.id;
    await cairnOk(db, ["session", "append", seeded, "are you still there?"], { env: { CAIRN_ACTOR: "cli:newcomer" } });
    await until(() => read("SELECT 1 FROM message_parts p JOIN messages m ON m.id = p.message_id WHERE m.session = ?1 AND p.data LIKE '%On it: are you still there?%'", seeded) ?? undefined);
    const seededShown = JSON.parse(await cairnOk(db, ["session", "show", seeded, "--format", "json"]));
    expect(seededShown.messages.filter((m: { parts: Array<{ text?: string }> }) => m.parts[0]?.text === "On it: are you still there?")).toHaveLength(1);

    await cairnOk(db, ["session", "status", live, "cancelled"]);
    await until(() => read("SELECT 1 FROM events WHERE session = ?1 AND kind = 'session.agent_detached'", live) ?? undefined);
    expect(read<{ agent: string | null }>("SELECT agent FROM sessions WHERE id = ?1", live)!.agent).toBeNull();
    // The agent goes on with another task instead of dying.
    await until(() => read("SELECT 1 FROM sessions WHERE agent = 'demo' AND id != ?1", live) ?? undefined);
  } finally {
    demo.kill("SIGINT");
    await demo.exited;
  }
}, 60_000);
