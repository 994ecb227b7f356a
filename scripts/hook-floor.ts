/**
 * `bun scripts/hook-floor.ts [runs]`: what hooks cost a real five-tool Claude Code run, whatever
 * they do. The same run (the bench's: the pinned binary against the scripted stand-in) without
 * hooks, with hooks on cairn's events that only `cat` their payload, that run the bare insert (a
 * bun script), cairn's own marked `"async": true` (Claude Code does not wait for them), and
 * cairn's own; runs alternate, medians compared to the run without hooks (README, "Start-up of
 * the hot paths"). Uses the built `dist/cairn`: run `bun run build` first.
 */
import { Database } from "bun:sqlite";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { Store } from "../src/store/store.ts";
import type { ClaudeCode } from "../src/testing/claude-code.ts";
import { fiveToolRun, startFiveToolApi } from "./bench/claude-run.ts";
import { BARE_INSERT } from "./bench/processes.ts";
import { median } from "./bench/stats.ts";

const runs = Number(process.argv[2] ?? 9);
const dir = mkdtempSync(`${tmpdir()}/cairn-hook-floor-`);
const database = (name: string) => {
  const path = `${dir}/${name}.db`;
  Store.open(path).close();
  return path;
};
const db = database("cairn");
const bareDb = database("bare");
const api = startFiveToolApi();
const clients: ClaudeCode[] = [];
try {
  const kinds: Array<[string, { command?: string; async?: boolean } | null]> = [
    ["no hooks", null],
    ["cat >/dev/null", { command: "cat >/dev/null" }],
    ["the bare insert", { command: BARE_INSERT(bareDb).join(" ") }],
    ["cairn's, async", { async: true }],
    ["cairn's", {}],
  ];
  const timed: Array<{ name: string; run: () => Promise<number>; ms: number[] }> = [];
  for (const [name, hooks] of kinds) timed.push({ name, run: await fiveToolRun(api, clients, db, hooks, `floor-${timed.length}`), ms: [] });
  for (const t of timed) for (let i = 0; i < 2; i++) await t.run(); // warm-up
  for (let i = 0; i < runs; i++) for (const t of timed) t.ms.push(await t.run());
  // cairn's hooks, async or not, must have recorded every tool call of every run.
  const sqlite = new Database(db, { readonly: true });
  const { n } = sqlite.query("SELECT count(*) AS n FROM events WHERE kind = 'tool_finished'").get() as { n: number };
  sqlite.close();
  if (n !== 2 * 5 * (runs + 2)) throw new Error(`cairn's hooks recorded ${n} tool calls, expected ${2 * 5 * (runs + 2)}`);
  const base = median(timed[0]!.ms);
  console.log(`${runs} alternating runs each (medians)`);
  for (const t of timed) console.log(`${t.name.padEnd(18)} ${median(t.ms).toFixed(0).padStart(6)} ms ${(median(t.ms) / base).toFixed(2)}×`);
} finally {
  for (const c of clients) c.cleanup();
  api.close();
  rmSync(dir, { recursive: true, force: true });
}
