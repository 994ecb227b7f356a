/** The UI in a real pseudo-terminal: start-up, peak memory, tail latency, many writers. */
import { Database } from "bun:sqlite";
import { readFileSync } from "node:fs";
import { PtyScreen } from "../../src/testing/pty.ts";
import { BIN, ROOT } from "./processes.ts";
import type { Figure } from "./report.ts";
import { median, percentile } from "./stats.ts";

const COLS = 120;
const ROWS = 40;

/** A complete first frame: header with counts, all four panes, the footer. */
const complete = (screen: string) =>
  /\d+ projects · \d+ sessions · \d+ events/.test(screen) && screen.includes("1 projects") && screen.includes("2 sessions") && screen.includes("4 events") && screen.includes("? help");

/** Peak resident memory of a process (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function quit(screen: PtyScreen): Promise<void> {
  await screen.press("q");
  await screen.exited();
  screen.close();
}

/** Milliseconds from spawn to the first complete frame, and peak RSS once settled. */
async function startOnce(db: string): Promise<{ ms: number; rssMb: number }> {
  const start = performance.now();
  const screen = new PtyScreen(["--db", db], { entry: BIN, cols: COLS, rows: ROWS });
  await screen.waitFor(complete, 60_000);
  const ms = performance.now() - start;
  // Scroll a little through the biggest pane before reading peak memory.
  await screen.press("2", "G", "g", "4", "k", "k", "G");
  await Bun.sleep(300);
  const rssMb = peakRssMb(screen.proc.pid);
  await quit(screen);
  return { ms, rssMb };
}

export async function benchStartup(bigDb: string, emptyDb: string, quick: boolean, label: string): Promise<Figure[]> {
  const runs = quick ? 2 : 5;
  const big: Array<{ ms: number; rssMb: number }> = [];
  const empty: Array<{ ms: number; rssMb: number }> = [];
  for (let i = 0; i < runs; i++) {
    empty.push(await startOnce(emptyDb));
    big.push(await startOnce(bigDb));
  }
  const cairn = median(big.map((r) => r.ms));
  const baseline = median(empty.map((r) => r.ms));
  const rss = Math.max(...big.map((r) => r.rssMb), ...empty.map((r) => r.rssMb));
  return [
    { figure: `UI first full frame, ${label} vs empty`, unit: "ms", cairn, baseline, ratio: cairn / baseline, budget: "ratio ≤ 1.5", pass: cairn / baseline <= 1.5, note: `median of ${runs} starts each` },
    { figure: `UI peak RSS, ${label}`, unit: "MB", cairn: Math.max(...big.map((r) => r.rssMb)), baseline: Math.max(...empty.map((r) => r.rssMb)), ratio: null, budget: "≤ 200 MB", pass: rss <= 200, note: "VmHWM after start-up and scrolling" },
  ];
}

const TICK_WRITER = new URL("./tick-writer.ts", import.meta.url).pathname;

/** Commit in another process → visible on the UI's screen. */
export async function benchTailLatency(db: string, quick: boolean): Promise<Figure[]> {
  const count = quick ? 30 : 200;
  const seen = new Map<number, number>();
  const screen = new PtyScreen(["--db", db], {
    entry: BIN,
    cols: COLS,
    rows: ROWS,
    onScreen: (s) => {
      const now = Date.now();
      for (const match of s.text().matchAll(/\{"tick":(\d+)\}/g)) {
        const n = Number(match[1]);
        if (!seen.has(n)) seen.set(n, now);
      }
    },
  });
  await screen.waitFor(complete, 60_000);
  const writer = Bun.spawn([process.execPath, TICK_WRITER, db, String(count), "50"], { stdout: "pipe", stderr: "inherit" });
  const committed = new Map<number, number>();
  for (const line of (await new Response(writer.stdout).text()).trim().split("\n")) {
    const [n, at] = line.split(" ").map(Number);
    committed.set(n!, at!);
  }
  await writer.exited;
  const deadline = Date.now() + 3000;
  while (seen.size < count && Date.now() < deadline) await Bun.sleep(20);
  await quit(screen);
  const latencies = [...committed].filter(([n]) => seen.has(n)).map(([n, at]) => seen.get(n)! - at);
  const missing = count - latencies.length;
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const note = `${count} events at 20/s${missing ? `; ${missing} never seen` : ""}`;
  return [
    { figure: "commit → on screen, p50", unit: "ms", cairn: p50, baseline: null, ratio: null, budget: "≤ 100 ms", pass: p50 <= 100 && missing === 0, note },
    { figure: "commit → on screen, p95", unit: "ms", cairn: p95, baseline: null, ratio: null, budget: "≤ 250 ms", pass: p95 <= 250 && missing === 0, note },
  ];
}

const WRITER = `${ROOT}src/testing/writer.ts`;

/** Many writer processes at once while the UI tails: nothing lost, nothing doubled, no errors. */
export async function benchWriters(db: string, quick: boolean): Promise<Figure> {
  const writers = quick ? 4 : 16;
  const each = quick ? 100 : 500;
  const screen = new PtyScreen(["--db", db], { entry: BIN, cols: COLS, rows: ROWS });
  await screen.waitFor(complete, 60_000);
  const before = new Database(db, { readonly: true });
  const start0 = (before.query("SELECT coalesce(max(seq), 0) AS s FROM events").get() as { s: number }).s;
  before.close();
  const started = performance.now();
  const procs = Array.from({ length: writers }, (_, i) => Bun.spawn([process.execPath, WRITER, db, `bench-w${i}`, "events", String(each)], { stdout: "ignore", stderr: "pipe" }));
  const results = await Promise.all(procs.map(async (p) => ({ code: await p.exited, stderr: await new Response(p.stderr).text() })));
  const ms = performance.now() - started;
  await quit(screen);
  const errors = results.filter((r) => r.code !== 0 || r.stderr.trim() !== "");
  const check = new Database(db, { readonly: true });
  const { n, seqs, ids } = check.query("SELECT count(*) AS n, count(DISTINCT seq) AS seqs, count(DISTINCT id) AS ids FROM events WHERE seq > ?1 AND source LIKE 'bench-w%'").get(start0) as Record<string, number>;
  const streams = check.query("SELECT stream, count(*) AS n, min(version) AS lo, max(version) AS hi FROM events WHERE stream LIKE 'shared:%' GROUP BY stream").all() as Array<{ n: number; lo: number; hi: number }>;
  check.close();
  const contiguous = streams.every((s) => s.lo === 1 && s.hi === s.n);
  const expected = writers * each;
  const ok = n === expected && seqs === expected && ids === expected && contiguous && errors.length === 0;
  return {
    figure: `${writers} writers × ${each} events, UI tailing`,
    unit: "ms",
    cairn: ms,
    baseline: null,
    ratio: null,
    budget: `all ${expected}, unique, contiguous, no error`,
    pass: ok,
    note: `${n}/${expected} events, ${seqs} unique seq, streams contiguous: ${contiguous}, failed writers: ${errors.length}${errors[0] ? ` (${errors[0].stderr.trim().split("\n")[0]})` : ""}`,
  };
}

/** The session the UI has selected: the session pane's title starts with its id. */
const selectedSession = (screen: string): string | undefined => /│ 3 (\S+) · /.exec(screen)?.[1];

/**
 * Keys on the large database: each `j` → the next session selected on screen (p95), and 30
 * `j` sent 30 ms apart (faster than the screen may draw) → exactly 30 rows further.
 */
export async function benchKeys(db: string, quick: boolean, label: string): Promise<Figure[]> {
  const presses = quick ? 20 : 100;
  const screen = new PtyScreen(["--db", db], { entry: BIN, cols: COLS, rows: ROWS });
  await screen.waitFor(complete, 60_000);
  await screen.press("2", "g");
  let current = selectedSession(await screen.waitFor((s) => selectedSession(s) !== undefined));
  const latencies: number[] = [];
  for (let i = 0; i < presses; i++) {
    const before = current;
    const start = performance.now();
    await screen.press("j");
    current = selectedSession(await screen.waitFor((s) => (selectedSession(s) ?? before) !== before));
    latencies.push(performance.now() - start);
  }
  // The burst: from the top, 30 presses at 30 ms, then wait for the screen to settle on a row.
  await screen.press("g");
  const top = selectedSession(await screen.waitFor((s) => selectedSession(s) !== current));
  const project = top!.replace(/-\d+$/, "");
  const sqlite = new Database(db, { readonly: true });
  const expected = (sqlite.query("SELECT id FROM sessions WHERE project = ?1 ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 30").get(project) as { id: string }).id;
  sqlite.close();
  for (let i = 0; i < 30; i++) {
    void screen.press("j");
    await Bun.sleep(30);
  }
  const landed = await screen.waitFor((s) => selectedSession(s) === expected, 5_000).then(
    () => expected,
    () => selectedSession(screen.text()),
  );
  await quit(screen);
  const p95 = percentile(latencies, 95);
  return [
    { figure: `keypress → on screen p95, ${label}`, unit: "ms", cairn: p95, baseline: null, ratio: null, budget: "≤ 50 ms", pass: p95 <= 50, note: `${presses} presses of j; median ${median(latencies).toFixed(1)} ms` },
    {
      figure: "30 × j at 30 ms intervals",
      unit: "rows",
      cairn: landed === expected ? 30 : Number.NaN,
      baseline: null,
      ratio: null,
      budget: "exactly 30 rows",
      pass: landed === expected,
      note: landed === expected ? `landed on ${expected}` : `expected ${expected}, screen shows ${landed}`,
    },
  ];
}
