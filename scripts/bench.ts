/**
 * `bun run bench [--quick] [--out FILE]`: cairn measured against the budgets in SPEC.md,
 * each figure side by side with its baseline in the same run. --quick runs everything small
 * (for CI, where only the shape of the output is checked, never the timings).
 */
import { cpus, loadavg, totalmem } from "node:os";
import { parseArgs } from "node:util";
import { addProject } from "../src/commands/project.ts";
import { Store } from "../src/store/store.ts";
import { tempDir } from "../src/testing/harness.ts";
import { benchAppend } from "./bench/append.ts";
import { bigDatabase } from "./bench/big-db.ts";
import { benchClaudeRun } from "./bench/claude-run.ts";
import { benchHooks, benchTranscriptSize } from "./bench/hooks.ts";
import { benchSteerIdle } from "./bench/steer.ts";
import { benchEventAdd, benchEventList, ROOT } from "./bench/processes.ts";
import { failingFigures, renderReport, type Figure } from "./bench/report.ts";
import { benchSupervised } from "./bench/supervised.ts";
import { benchKeys, benchStartup, benchTailLatency, benchWriters } from "./bench/ui.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, out: { type: "string" } } });
const quick = values.quick!;
const log = (text: string) => process.stderr.write(`bench: ${text}\n`);

function emptyDatabase(path: string, withProject = true): string {
  const store = Store.open(path);
  if (withProject) addProject({ store, actor: "bench" }, { id: "bench" });
  store.close();
  return path;
}

// Timings are side by side, but a loaded machine still widens ratios: say how loaded it was.
const loadAtStart = loadavg()[0]!;
log(`load average ${loadAtStart.toFixed(1)} on ${cpus().length} cores`);
log("building dist/ (the installed command)");
const build = Bun.spawnSync(["bun", "run", "build"], { cwd: ROOT, stdout: "ignore", stderr: "pipe" });
if (build.exitCode !== 0) throw new Error(`build failed: ${build.stderr}`);

const tmp = tempDir("cairn-bench-");
const figures: Figure[] = [];
try {
  log("append rate: store API vs raw statements");
  figures.push(...benchAppend(quick));

  log("cairn event add vs a bare insert");
  figures.push(await benchEventAdd(emptyDatabase(`${tmp.dir}/add.db`), quick));

  log("cairn hook claude (PreToolUse, PostToolUse, Stop) vs a bare insert");
  const hooks = tempDir("cairn-bench-hooks-");
  try {
    figures.push(...(await benchHooks(emptyDatabase(`${hooks.dir}/hooks.db`), hooks.dir, quick)));
    log("cairn hook claude Stop: a 5 MB transcript vs an empty one");
    figures.push(await benchTranscriptSize(emptyDatabase(`${hooks.dir}/transcripts.db`), hooks.dir, quick));
  } finally {
    hooks.cleanup();
  }

  log("a real Claude Code run (five tool calls) with cairn's hooks vs without");
  figures.push(...(await benchClaudeRun(emptyDatabase(`${tmp.dir}/claude.db`, false), emptyDatabase(`${tmp.dir}/claude-bare.db`, false), quick)));

  log("supervised agent: message → model request, supervisor memory");
  figures.push(...(await benchSupervised(emptyDatabase(`${tmp.dir}/supervised.db`), quick)));
  log("a person's message → the model's request, idle interactive Claude Code (messaging socket)");
  figures.push(...(await benchSteerIdle(emptyDatabase(`${tmp.dir}/steer.db`, false), quick)));

  const events = quick ? 100_000 : 1_000_000;
  const sessions = quick ? 1_000 : 10_000;
  const label = `${events.toLocaleString("en-US")} events / ${sessions.toLocaleString("en-US")} sessions`;
  log(`large database: ${label} (cached under .cache/bench)`);
  const big = await bigDatabase(ROOT, events, sessions);
  const empty = emptyDatabase(`${tmp.dir}/empty.db`, false);

  log("filtered event list: large vs empty");
  figures.push(await benchEventList(big, empty, quick, label));

  log("UI start-up and memory: large vs empty");
  figures.push(...(await benchStartup(big, empty, quick, label)));

  log("keys on the large database: keypress → screen, and a burst of 30");
  figures.push(...(await benchKeys(big, quick, label)));

  log("tail latency: commit in another process → on the UI's screen");
  figures.push(...(await benchTailLatency(emptyDatabase(`${tmp.dir}/tail.db`), quick)));

  log("many writers while the UI tails");
  figures.push(await benchWriters(emptyDatabase(`${tmp.dir}/writers.db`), quick));
} finally {
  tmp.cleanup();
}

const report = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), bun: Bun.version, platform: process.platform },
  /** One-minute load averages when the run started and ended. */
  load: { start: loadAtStart, end: loadavg()[0]! },
  quick,
  figures,
  pass: figures.every((f) => f.pass),
};
console.log(renderReport(figures));
log(`load average ${report.load.start.toFixed(1)} at the start, ${report.load.end.toFixed(1)} at the end`);
if (values.out) await Bun.write(values.out, JSON.stringify(report, null, 2) + "\n");
// A full run fails when any budget fails; --quick only checks that every figure was measured.
const failing = failingFigures(figures, quick);
for (const f of failing) log(`${f.pass ? "not measured" : "over budget"}: ${f.figure} (${f.budget})`);
if (figures.length === 0) log("no figures");
process.exitCode = failing.length > 0 || figures.length === 0 ? 1 : 0;
