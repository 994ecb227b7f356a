/** Whole-process timings: `cairn event add` vs. a bare insert, and `event list` on a big vs. an empty database. */
import type { Figure } from "./report.ts";
import { median } from "./stats.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;
/** The installed command: package.json's bin, compiled by `bun install` (scripts/build.ts); what hooks run. */
export const CAIRN = `${ROOT}dist/cairn`;
/** The same cairn as a bun script (the UI's pseudo-terminal runs it with bun). */
export const BIN = `${ROOT}dist/cli.js`;
const BARE = new URL("./bare-insert.ts", import.meta.url).pathname;

/** Milliseconds from spawn to exit (stdin from a file, if given); fails loudly if the command fails. */
export async function runMs(argv: string[], stdin?: string): Promise<number> {
  const start = performance.now();
  const proc = Bun.spawn(argv, { stdin: stdin === undefined ? "ignore" : Bun.file(stdin), stdout: "ignore", stderr: "pipe" });
  const code = await proc.exited;
  const ms = performance.now() - start;
  if (code !== 0) throw new Error(`${argv.join(" ")} exited ${code}: ${await new Response(proc.stderr).text()}`);
  return ms;
}

/**
 * Alternates two measurements `runs` times (after two warm-ups each) and compares medians:
 * on a shared machine, load changes during a run, and alternating spreads it over both.
 */
export async function alternate(cairn: () => Promise<number>, baseline: () => Promise<number>, runs: number): Promise<{ cairn: number; baseline: number }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 2; i++) {
    await cairn();
    await baseline();
  }
  for (let i = 0; i < runs; i++) {
    b.push(await baseline());
    a.push(await cairn());
  }
  return { cairn: median(a), baseline: median(b) };
}

/** Two commands side by side; `before` prepares each cairn run (untimed). */
export const compare = (cairnArgv: string[], baselineArgv: string[], runs: number, options: { stdin?: string; before?: () => void } = {}) =>
  alternate(
    () => (options.before?.(), runMs(cairnArgv, options.stdin)),
    () => runMs(baselineArgv),
    runs,
  );

/** The whole-process budget of the hot commands (SPEC: event add and every hook). */
export const HOT_BUDGET = 1.25;
export const BARE_INSERT = (db: string) => [process.execPath, BARE, db];

export async function benchEventAdd(db: string, quick: boolean): Promise<Figure> {
  const runs = quick ? 5 : 31;
  const { cairn, baseline } = await compare([CAIRN, "--db", db, "event", "add", "bench_ping", "--source", "bench"], BARE_INSERT(db), runs);
  const ratio = cairn / baseline;
  return { figure: "cairn event add (whole process)", unit: "ms", cairn, baseline, ratio, budget: `ratio ≤ ${HOT_BUDGET}`, pass: ratio <= HOT_BUDGET, note: `median of ${runs} runs each` };
}

export async function benchEventList(bigDb: string, emptyDb: string, quick: boolean, label: string): Promise<Figure> {
  const runs = quick ? 5 : 21;
  const args = ["event", "list", "--kind", "task_started,tests_failed", "--since", "1d", "--limit", "100", "--format", "json"];
  const { cairn, baseline } = await compare([process.execPath, BIN, "--db", bigDb, ...args], [process.execPath, BIN, "--db", emptyDb, ...args], runs);
  const ratio = cairn / baseline;
  return { figure: `event list kind+since+limit 100, ${label} vs empty`, unit: "ms", cairn, baseline, ratio, budget: "ratio ≤ 1.5", pass: ratio <= 1.5, note: `median of ${runs} runs each` };
}

/** Installs the built cairn's Claude Code hooks into an agent's HOME, recording into `db`. */
export function installBuiltHooks(db: string, home: string): void {
  const install = Bun.spawnSync([CAIRN, "--db", db, "hook", "claude", "--install"], { env: { ...process.env, HOME: home }, stderr: "pipe" });
  if (install.exitCode !== 0) throw new Error(`hook install failed: ${install.stderr}`);
}
