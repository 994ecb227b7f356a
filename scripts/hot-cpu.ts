/**
 * `bun scripts/hot-cpu.ts [runs] [dist/cairn|cli.js,…]`: the hot commands (`event add`, `hook claude`
 * PreToolUse / PostToolUse / Stop with a transcript delta) against the bare insert, runs
 * alternating, medians of wall time and of CPU time (user + system). CPU time is what load
 * disturbs least, so it is how start-up levers are judged on a shared machine (README,
 * "Start-up of the hot paths"); given several builds, it compares them side by side.
 */
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { transcriptTurn } from "./bench/hooks.ts";
import { BARE_INSERT, CAIRN } from "./bench/processes.ts";
import { median } from "./bench/stats.ts";

const runs = Number(process.argv[2] ?? 25);
const builds = process.argv[3]?.split(",") ?? [CAIRN];
/** A build is the compiled executable, or a bun script (dist/cli.js). */
const command = (cli: string) => (cli.endsWith(".js") || cli.endsWith(".ts") ? [process.execPath, cli] : [cli]);
const dir = mkdtempSync(`${tmpdir()}/cairn-hot-cpu-`);
mkdirSync(`${dir}/.git`);
const db = `${dir}/hot.db`;
const transcript = `${dir}/transcript.jsonl`;
const SESSION = "0b5e55ed-0000-4000-8000-00000000c0de";
writeFileSync(transcript, transcriptTurn(dir, 0, SESSION));
let turn = 0;
const common = { session_id: SESSION, transcript_path: transcript, cwd: dir };
const tool = { tool_name: "Bash", tool_input: { command: "bun test" }, tool_use_id: "toolu_hot" };
const payloads: Record<string, object> = {
  SessionStart: { ...common, hook_event_name: "SessionStart", source: "startup" },
  PreToolUse: { ...common, hook_event_name: "PreToolUse", ...tool },
  PostToolUse: { ...common, hook_event_name: "PostToolUse", ...tool, tool_response: { stdout: "12 pass" } },
  Stop: { ...common, hook_event_name: "Stop", stop_hook_active: false },
};
for (const [event, body] of Object.entries(payloads)) writeFileSync(`${dir}/${event}.json`, JSON.stringify(body));

interface Case {
  argv: string[];
  stdin?: string;
  before?: () => void;
}
const hook = (cli: string, event: string): Case => ({
  argv: [...command(cli), "--db", db, "hook", "claude", "--project", "bench"],
  stdin: `${dir}/${event}.json`,
  before: event === "Stop" ? () => appendFileSync(transcript, transcriptTurn(dir, ++turn, SESSION)) : undefined,
});
const cases = new Map<string, Case>([["bare insert", { argv: BARE_INSERT(db) }]]);
for (const [i, cli] of builds.entries()) {
  const tag = builds.length > 1 ? `#${i} ` : "";
  cases.set(`${tag}event add`, { argv: [...command(cli), "--db", db, "event", "add", "bench_ping", "--source", "bench"] });
  for (const event of ["PreToolUse", "PostToolUse", "Stop"]) cases.set(`${tag}hook ${event}`, hook(cli, event));
}

async function run(c: Case): Promise<{ wall: number; cpu: number }> {
  c.before?.();
  const start = performance.now();
  // CLAUDE_PID as Claude Code sets it: the same process for every hook of the session.
  const proc = Bun.spawn(c.argv, { stdin: c.stdin ? Bun.file(c.stdin) : "ignore", stdout: "ignore", stderr: "pipe", env: { ...process.env, CLAUDE_PID: String(process.pid) } });
  const code = await proc.exited;
  const wall = performance.now() - start;
  if (code !== 0) throw new Error(`${c.argv.join(" ")} exited ${code}: ${await new Response(proc.stderr).text()}`);
  const usage = proc.resourceUsage()!;
  return { wall, cpu: Number(usage.cpuTime.user + usage.cpuTime.system) / 1000 };
}

await run(hook(builds[0]!, "SessionStart"));
const times = new Map([...cases.keys()].map((name) => [name, { wall: [] as number[], cpu: [] as number[] }]));
for (let i = 0; i < runs + 2; i++) {
  for (const [name, c] of cases) {
    const t = await run(c);
    if (i < 2) continue; // warm-up
    times.get(name)!.wall.push(t.wall);
    times.get(name)!.cpu.push(t.cpu);
  }
}
// A hook exits 0 whatever happens (it must not disturb the agent): a failing one would time nothing.
const errors = Bun.file(`${dir}/hook-errors.log`);
if (await errors.exists()) throw new Error(`hooks failed, the figures would mean nothing: ${(await errors.text()).split("\n")[0]}`);
const load = (await Bun.file("/proc/loadavg").text()).split(" ").slice(0, 3).join(" ");
console.log(`${runs} alternating runs each, load average ${load}`);
const bare = times.get("bare insert")!;
for (const [name, t] of times) {
  const [wall, cpu] = [median(t.wall), median(t.cpu)];
  console.log(`${name.padEnd(20)} wall ${wall.toFixed(1).padStart(6)} ms ${(wall / median(bare.wall)).toFixed(2)}×   CPU ${cpu.toFixed(1).padStart(5)} ms ${(cpu / median(bare.cpu)).toFixed(2)}×`);
}
