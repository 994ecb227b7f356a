import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { cairn, cairnOk, tempDir } from "./testing/harness.ts";

const tmp = tempDir();
const db = tmp.db;
afterAll(() => tmp.cleanup());

beforeAll(async () => {
  await cairnOk(db, ["project add", "api"].join(" ").split(" ").concat(["--name", "Payments API", "--repo", "https://example.com/api"]));
});

describe("cairn project", () => {
  test("add prints the id and list shows the project", async () => {
    expect(await cairnOk(db, ["project", "add", "web"])).toBe("web\n");
    const list = JSON.parse(await cairnOk(db, ["project", "list", "--format", "json"]));
    expect(list.map((p: { id: string }) => p.id)).toEqual(["api", "web"]);
    expect(Object.keys(list[0]).sort()).toEqual(["archived", "createdAt", "description", "id", "name", "repo", "updatedAt"]);
  });

  test("show prints one project as json with ISO times", async () => {
    const p = JSON.parse(await cairnOk(db, ["project", "show", "api", "--format", "json"]));
    expect(p).toMatchObject({ id: "api", name: "Payments API", repo: "https://example.com/api", archived: false });
    expect(p.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test("archive hides the project from list but not from list --all", async () => {
    await cairnOk(db, ["project", "add", "old"]);
    await cairnOk(db, ["project", "archive", "old"]);
    expect(await cairnOk(db, ["project", "list"])).not.toContain("old");
    expect(await cairnOk(db, ["project", "list", "--all"])).toContain("old");
    const again = await cairn(db, ["project", "archive", "old"]);
    expect(again.code).toBe(1);
  });

  test("unarchive brings an archived project back; show tells which it is", async () => {
    await cairnOk(db, ["project", "add", "back"]);
    await cairnOk(db, ["project", "archive", "back"]);
    expect(JSON.parse(await cairnOk(db, ["project", "show", "back", "--format", "json"])).archived).toBe(true);
    expect((await cairn(db, ["session", "new", "back", "refused"])).stderr).toBe("cairn: project back is archived\n");
    expect(await cairnOk(db, ["project", "unarchive", "back"])).toBe("unarchived back\n");
    expect(await cairnOk(db, ["project", "list"])).toContain("back");
    expect(await cairnOk(db, ["session", "new", "back", "allowed again"])).toBe("back-1\n");
    const twice = await cairn(db, ["project", "unarchive", "back"]);
    expect([twice.code, twice.stderr]).toEqual([1, "cairn: project back is not archived\n"]);
    expect(await cairnOk(db, ["db", "check"])).toContain("ok");
  });

  test("adding an existing project is a domain error", async () => {
    const run = await cairn(db, ["project", "add", "api"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("cairn: project api already exists\n");
  });
});

describe("cairn session", () => {
  test("new prints a short id, numbered per project", async () => {
    const a = (await cairnOk(db, ["session", "new", "api", "First task"])).trim();
    const b = (await cairnOk(db, ["session", "new", "api", "--title", "Second"])).trim();
    expect(a).toMatch(/^api-\d+$/);
    expect(Number(b.split("-")[1])).toBe(Number(a.split("-")[1]) + 1);
  });

  test("append and show keep messages in order with roles and parts", async () => {
    const id = (await cairnOk(db, ["session", "new", "api", "Start here"])).trim();
    await cairnOk(db, ["session", "append", id, "second", "--role", "assistant"]);
    await cairnOk(db, ["session", "append", id, "-"], { stdin: "third\nfrom stdin" });
    const shown = JSON.parse(await cairnOk(db, ["session", "show", id, "--format", "json"]));
    expect(shown.messageCount).toBe(3);
    expect(shown.title).toBe("Start here");
    expect(shown.messages.map((m: { role: string }) => m.role)).toEqual(["user", "assistant", "user"]);
    expect(shown.messages[2].parts).toEqual([{ type: "text", text: "third\nfrom stdin" }]);
    expect(await cairnOk(db, ["session", "show", id])).toContain("third");
  });

  test("status follows the transition table and refuses the rest", async () => {
    const id = (await cairnOk(db, ["session", "new", "api"])).trim();
    expect(await cairnOk(db, ["session", "status", id, "running"])).toBe(`${id} running\n`);
    const bad = await cairn(db, ["session", "status", id, "queued"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`cannot go from running to queued`);
    await cairnOk(db, ["session", "status", id, "done"]);
    await cairnOk(db, ["session", "status", id, "queued"]);
  });

  test("list filters by project and status", async () => {
    await cairnOk(db, ["project", "add", "lists"]);
    const a = (await cairnOk(db, ["session", "new", "lists", "a"])).trim();
    const b = (await cairnOk(db, ["session", "new", "lists", "b"])).trim();
    await cairnOk(db, ["session", "status", b, "running"]);
    const running = JSON.parse(await cairnOk(db, ["session", "list", "--project", "lists", "--status", "running", "--format", "json"]));
    expect(running.map((s: { id: string }) => s.id)).toEqual([b]);
    const all = JSON.parse(await cairnOk(db, ["session", "list", "--project", "lists", "--format", "json"]));
    expect(all.map((s: { id: string }) => s.id).sort()).toEqual([a, b].sort());
    expect(await cairnOk(db, ["session", "list", "--project", "lists", "--format", "markdown"])).toContain("| id | status | title |");
  });
});

describe("cairn event", () => {
  test("add records a coordination event and list returns the fixed JSON shape", async () => {
    await cairnOk(db, ["project", "add", "ev"]);
    const session = (await cairnOk(db, ["session", "new", "ev"])).trim();
    await cairnOk(db, ["event", "add", "lock_acquired", "--source", "alice", "--target", "main", "--session", session, "--payload", '{"file":"a.ts"}']);
    const [event] = JSON.parse(await cairnOk(db, ["event", "list", "--kind", "lock_acquired", "--session", session, "--format", "json"]));
    expect(Object.keys(event).sort()).toEqual(["actor", "id", "kind", "payload", "project", "seq", "session", "source", "stream", "target", "ts", "version"]);
    expect(event).toMatchObject({ kind: "lock_acquired", source: "alice", target: "main", session, project: "ev", stream: `session:${session}`, payload: { file: "a.ts" }, actor: "test" });
    expect(event.ts).toMatch(/Z$/);
  });

  test("a retried client id is a no-op; the same id with another body is a conflict", async () => {
    const args = ["event", "add", "task_started", "--source", "bot", "--id", "retry-1", "--payload", '{"n":1}'];
    const first = await cairnOk(db, args);
    expect(await cairnOk(db, args)).toBe(first);
    const clash = await cairn(db, ["event", "add", "task_started", "--source", "bot", "--id", "retry-1", "--payload", '{"n":2}']);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain("already exists with a different body");
    const list = JSON.parse(await cairnOk(db, ["event", "list", "--source", "bot", "--format", "json"]));
    expect(list).toHaveLength(1);
  });

  test("--expect-version guards the stream", async () => {
    await cairnOk(db, ["event", "add", "step", "--stream", "job:42", "--expect-version", "0"]);
    await cairnOk(db, ["event", "add", "step", "--stream", "job:42", "--expect-version", "1"]);
    const stale = await cairn(db, ["event", "add", "step", "--stream", "job:42", "--expect-version", "1"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe("cairn: stream job:42 is at version 2, expected 1\n");
  });

  test("payload from stdin, grep, time ranges and counts", async () => {
    await cairnOk(db, ["event", "add", "rebase_required", "--source", "carol", "--payload", "-"], { stdin: '{"branch":"feature/needle"}' });
    const found = JSON.parse(await cairnOk(db, ["event", "list", "--grep", "needle", "--format", "json"]));
    expect(found.map((e: { kind: string }) => e.kind)).toEqual(["rebase_required"]);
    expect(JSON.parse(await cairnOk(db, ["event", "list", "--grep", "needle", "--since", "1h", "--format", "json"]))).toHaveLength(1);
    expect(JSON.parse(await cairnOk(db, ["event", "list", "--grep", "needle", "--until", "1h", "--format", "json"]))).toHaveLength(0);
    expect(JSON.parse(await cairnOk(db, ["event", "list", "--grep", "needle", "--since", "2000-01-01T00:00:00Z", "--format", "json"]))).toHaveLength(1);
    const counts = JSON.parse(await cairnOk(db, ["event", "counts", "--source", "carol", "--format", "json"]));
    expect(counts).toEqual([{ kind: "rebase_required", count: 1 }]);
  });

  test("list pages forward with --after and keeps the newest with --limit", async () => {
    const all = JSON.parse(await cairnOk(db, ["event", "list", "--limit", "10000", "--format", "json"]));
    const seqs = all.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a: number, b: number) => a - b));
    const newest = JSON.parse(await cairnOk(db, ["event", "list", "--limit", "2", "--format", "json"]));
    expect(newest.map((e: { seq: number }) => e.seq)).toEqual(seqs.slice(-2));
    const page = JSON.parse(await cairnOk(db, ["event", "list", "--after", String(seqs[2]), "--limit", "2", "--format", "json"]));
    expect(page.map((e: { seq: number }) => e.seq)).toEqual(seqs.slice(3, 5));
  });
});

describe("cairn help and usage", () => {
  test("--help lists every command; each command has its own help", async () => {
    const help = await cairn(null, ["--help"]);
    expect(help.code).toBe(0);
    for (const c of ["project add", "session new", "event tail", "db rebuild", "export", "import", "demo"]) expect(help.stdout).toContain(`cairn ${c}`);
    const sub = await cairn(null, ["event", "add", "--help"]);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain("--expect-version N");
    expect((await cairn(null, ["session", "--help"])).stdout).toContain("cairn session append");
  });

  test("--help after global flags or other flags shows help and runs nothing", async () => {
    const fresh = `${db}.untouched`;
    for (const args of [["--db", fresh, "session", "list", "--help"], ["session", "list", "--db", fresh, "--status", "running", "-h"]]) {
      const out = await cairn(null, args);
      expect({ args, code: out.code }).toEqual({ args, code: 0 });
      expect(out.stdout).toContain("Usage: cairn session list");
    }
    expect(await Bun.file(fresh).exists()).toBe(false);
  });

  test("a bad UI config file is refused with one line naming the key, before anything opens", async () => {
    const home = tempDir();
    try {
      await Bun.write(`${home.dir}/cairn/config.json`, JSON.stringify({ theme: "light", keys: { "session.appendd": "a" } }));
      const out = await cairn(`${home.dir}/never.db`, ["ui"], { env: { XDG_CONFIG_HOME: home.dir } });
      expect([out.code, out.stderr]).toEqual([1, `cairn: config ${home.dir}/cairn/config.json: keys.session.appendd: unknown setting\n`]);
      expect(await Bun.file(`${home.dir}/never.db`).exists()).toBe(false);
      await Bun.write(`${home.dir}/cairn/config.json`, JSON.stringify({ keys: { "session.append": "n" } }));
      const clash = await cairn(`${home.dir}/never.db`, ["ui"], { env: { XDG_CONFIG_HOME: home.dir } });
      expect(clash.stderr).toMatch(/^cairn: config keys: n would mean two things in /);
    } finally {
      home.cleanup();
    }
  });

  test("--version prints the version", async () => {
    expect((await cairn(null, ["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test("db path follows --db, then $CAIRN_DB, then XDG_DATA_HOME", async () => {
    expect((await cairn(db, ["db", "path"])).stdout).toBe(`${db}\n`);
    expect((await cairn(null, ["db", "path"], { env: { CAIRN_DB: "/x/y.db" } })).stdout).toBe("/x/y.db\n");
    const env = { CAIRN_DB: "", XDG_DATA_HOME: "/data" };
    expect((await cairn(null, ["db", "path"], { env })).stdout).toBe("/data/cairn/cairn.db\n");
  });

  test("the default location is created user-only", async () => {
    const home = tempDir();
    try {
      await cairnOk(null as unknown as string, ["project", "add", "p"], { env: { CAIRN_DB: "", XDG_DATA_HOME: home.dir } });
      const { statSync } = await import("node:fs");
      expect(statSync(`${home.dir}/cairn`).mode & 0o777).toBe(0o700);
      expect(statSync(`${home.dir}/cairn/cairn.db`).mode & 0o777).toBe(0o600);
    } finally {
      home.cleanup();
    }
  });
});
