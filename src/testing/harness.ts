/** Test helpers: temporary databases and the real `cairn` process. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dumpProjections } from "../store/rebuild.ts";
import { Store } from "../store/store.ts";

export const CLI = new URL("../cli.ts", import.meta.url).pathname;

/** A fresh directory removed by `cleanup()`. */
export function tempDir(prefix = "cairn-test-"): { dir: string; db: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, db: join(dir, "cairn.db"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `cairn ...args` as a real process against `db`. */
export async function cairn(db: string | null, args: string[], options: { stdin?: string | Uint8Array; env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  const proc = Bun.spawn([process.execPath, CLI, ...(db === null ? [] : ["--db", db]), ...args], {
    stdin: options.stdin === undefined ? "ignore" : new Blob([options.stdin]),
    stdout: "pipe",
    stderr: "pipe",
    env: { ...process.env, CAIRN_ACTOR: "test", ...options.env },
    cwd: options.cwd,
  });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  return { code, stdout, stderr };
}

/** Like `cairn`, but fails the test with its stderr when the command fails. */
export async function cairnOk(db: string, args: string[], options?: Parameters<typeof cairn>[2]): Promise<string> {
  const run = await cairn(db, args, options);
  if (run.code !== 0) throw new Error(`cairn ${args.join(" ")} exited ${run.code}: ${run.stderr}`);
  return run.stdout;
}

/** Everything a database holds (log and projections), as text, for before/after comparisons. */
export function dumpAll(db: string): string {
  const store = Store.open(db);
  try {
    const events = store.sqlite.query("SELECT * FROM events ORDER BY seq").values();
    return `${JSON.stringify(events)}\n${dumpProjections(store)}`;
  } finally {
    store.close();
  }
}

/** What a finished agent process printed; `lines` are stdout's JSON lines, parsed. */
export interface AgentRun {
  code: number;
  stdout: string;
  stderr: string;
  lines: any[];
}

/** Waits for an agent process (killed after `timeoutMs`) and collects its output. */
export async function collectRun(proc: Bun.Subprocess<any, "pipe", "pipe">, timeoutMs: number): Promise<AgentRun> {
  const timer = setTimeout(() => proc.kill(), timeoutMs);
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  clearTimeout(timer);
  const lines = stdout
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });
  return { code, stdout, stderr, lines };
}

/** Polls a database other processes write until `sql` gives a row (a file not created yet is "not yet"). */
export async function waitForRow<T>(db: string, sql: string, args: Array<string | number> = [], ms = 60_000): Promise<T> {
  const { Database } = await import("bun:sqlite");
  for (const deadline = Date.now() + ms; Date.now() < deadline; await Bun.sleep(20)) {
    try {
      const sqlite = new Database(db, { readonly: true });
      try {
        const found = sqlite.query(sql).get(...args) as T | null;
        if (found) return found;
      } finally {
        sqlite.close();
      }
    } catch {
      // not created yet
    }
  }
  throw new Error(`never: ${sql}`);
}
