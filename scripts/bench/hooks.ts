/**
 * `cairn hook claude` as Claude Code runs it, per hook event, against the bare insert: each
 * hook is a whole process on the agent's path (Claude Code waits for PreToolUse before the tool).
 */
import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { alternate, BARE_INSERT, CAIRN, compare, HOT_BUDGET, runMs } from "./processes.ts";
import type { Figure } from "./report.ts";

const SESSION = "0b5e55ed-0000-4000-8000-00000000be9c";

/** One turn of a Claude Code transcript (JSON Lines as it writes them): prompt, a tool call, its result, the answer. */
export function transcriptTurn(cwd: string, n: number, session = SESSION): string {
  const base = { sessionId: session, cwd, version: "2.1.330", userType: "external", isSidechain: false };
  const at = (s: number) => new Date(Date.UTC(2026, 10, 1, 10, 0, 0) + n * 60_000 + s * 1000).toISOString();
  const lines = [
    { ...base, type: "user", uuid: `u${n}a`, timestamp: at(0), message: { role: "user", content: `step ${n}: run the tests` } },
    { ...base, type: "assistant", uuid: `u${n}b`, timestamp: at(2), message: { id: `msg_${n}`, type: "message", role: "assistant", model: "claude", content: [{ type: "text", text: "Running them." }, { type: "tool_use", id: `toolu_${n}`, name: "Bash", input: { command: "bun test" } }] } },
    { ...base, type: "user", uuid: `u${n}c`, timestamp: at(5), message: { role: "user", content: [{ tool_use_id: `toolu_${n}`, type: "tool_result", content: "12 pass, 0 fail", is_error: false }] }, toolUseResult: { stdout: "12 pass, 0 fail" } },
    { ...base, type: "assistant", uuid: `u${n}d`, timestamp: at(7), message: { id: `msg_${n}b`, type: "message", role: "assistant", model: "claude", content: [{ type: "text", text: "All 12 tests pass." }] } },
  ];
  return lines.map((l) => JSON.stringify(l)).join("\n") + "\n";
}

/** PreToolUse, PostToolUse and Stop (after a turn was added to the transcript) for an existing session. */
export async function benchHooks(db: string, dir: string, quick: boolean): Promise<Figure[]> {
  const runs = quick ? 5 : 31;
  const transcript = `${dir}/transcript.jsonl`;
  writeFileSync(transcript, transcriptTurn(dir, 0));
  let turn = 0;
  const common = { session_id: SESSION, transcript_path: transcript, cwd: dir };
  const tool = { tool_name: "Bash", tool_input: { command: "bun test", description: "run the tests" }, tool_use_id: "toolu_bench" };
  const payloads: Record<string, object> = {
    SessionStart: { ...common, hook_event_name: "SessionStart", source: "startup" },
    PreToolUse: { ...common, hook_event_name: "PreToolUse", ...tool },
    PostToolUse: { ...common, hook_event_name: "PostToolUse", ...tool, tool_response: { stdout: "12 pass, 0 fail", stderr: "", interrupted: false } },
    Stop: { ...common, hook_event_name: "Stop", stop_hook_active: false },
  };
  const file = (event: string) => {
    const path = `${dir}/${event}.json`;
    writeFileSync(path, JSON.stringify(payloads[event]));
    return path;
  };
  const hook = [CAIRN, "--db", db, "hook", "claude", "--project", "bench"];
  // The session exists before the measured hooks, as it does after Claude Code's SessionStart.
  await runMs(hook, file("SessionStart"));
  const figures: Figure[] = [];
  for (const event of ["PreToolUse", "PostToolUse", "Stop"]) {
    const before = event === "Stop" ? () => appendFileSync(transcript, transcriptTurn(dir, ++turn)) : undefined;
    const { cairn, baseline } = await compare(hook, BARE_INSERT(db), runs, { stdin: file(event), before });
    const ratio = cairn / baseline;
    const delta = event === "Stop" ? ", a 4-line transcript delta each" : "";
    figures.push({ figure: `cairn hook claude ${event} (whole process)`, unit: "ms", cairn, baseline, ratio, budget: `ratio ≤ ${HOT_BUDGET}`, pass: ratio <= HOT_BUDGET, note: `median of ${runs} runs each${delta}` });
  }
  // A hook exits 0 whatever happens (it must not disturb the agent): a failing one would time nothing.
  const errors = `${dir}/hook-errors.log`;
  if (existsSync(errors)) {
    const first = readFileSync(errors, "utf8").split("\n")[0];
    for (const f of figures) Object.assign(f, { cairn: Number.NaN, ratio: null, pass: false, note: `hooks failed: ${first}` });
  }
  return figures;
}

/**
 * A Stop hook whose session's transcript is 5 MB against one whose transcript was empty: the
 * hook reads only what was added since its last look (one turn each run), so the two cost the
 * same. Both sessions exist and have been read once before the measured runs.
 */
export async function benchTranscriptSize(db: string, dir: string, quick: boolean): Promise<Figure> {
  const runs = quick ? 5 : 21;
  const big = { session: "0b5e55ed-0000-4000-8000-0000000b1600", path: `${dir}/big.jsonl` };
  const empty = { session: "0b5e55ed-0000-4000-8000-00000000e000", path: `${dir}/empty.jsonl` };
  // Claude Code's own lines are mostly bookkeeping (request snapshots): pad with those, then turns.
  const padding = JSON.stringify({ type: "attachment", sessionId: big.session, attachment: { type: "prompt_snapshot", systemPrompt: ["x".repeat(20_000)] } }) + "\n";
  let text = "";
  for (let n = 0; text.length < 5 * 1024 * 1024; n++) text += transcriptTurn(dir, n, big.session) + padding;
  writeFileSync(big.path, text);
  writeFileSync(empty.path, "");
  const stop = (t: typeof big) => {
    const path = `${dir}/stop-${t.session}.json`;
    writeFileSync(path, JSON.stringify({ session_id: t.session, transcript_path: t.path, cwd: dir, hook_event_name: "Stop", stop_hook_active: false }));
    return path;
  };
  const hook = [CAIRN, "--db", db, "hook", "claude", "--project", "bench"];
  await runMs(hook, stop(big)); // the first look reads it all, once
  await runMs(hook, stop(empty));
  let turn = 10_000;
  const grow = () => {
    appendFileSync(big.path, transcriptTurn(dir, ++turn, big.session));
    appendFileSync(empty.path, transcriptTurn(dir, turn, empty.session));
  };
  const timed = async (t: typeof big) => runMs(hook, stop(t));
  // alternate() runs the baseline first in each pair: both transcripts grow by a turn just before it.
  const { cairn, baseline } = await alternate(() => timed(big), () => (grow(), timed(empty)), runs);
  const ratio = cairn / baseline;
  return {
    figure: "cairn hook claude Stop, 5 MB transcript vs empty",
    unit: "ms",
    cairn,
    baseline,
    ratio,
    budget: `ratio ≤ ${HOT_BUDGET}`,
    pass: ratio <= HOT_BUDGET,
    note: `median of ${runs} runs each, one new turn read per run (${(statSync(big.path).size / 2 ** 20).toFixed(1)} MB)`,
  };
}
