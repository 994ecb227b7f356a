/**
 * What hooks cost an agent: the real Claude Code (pinned devDependency) doing five tool calls
 * against the scripted model stand-in, with cairn's hooks installed (the built `cairn`, as
 * `cairn hook claude --install` writes them) and without.
 */
import { Database } from "bun:sqlite";
import { readFileSync, writeFileSync } from "node:fs";
import { claudeCode, type ClaudeCode } from "../../src/testing/claude-code.ts";
import { byPrompt, startModelApi, text, toolUse, type ModelApi } from "../../src/testing/model-api.ts";
import { alternate, BARE_INSERT, CAIRN, installBuiltHooks } from "./processes.ts";
import type { Figure } from "./report.ts";

export const CLAUDE_RUN_BUDGET = 1.15;
const PROMPT = "check the project with five tools";

/** The stand-in's script: five Bash calls, then the answer. */
export const startFiveToolApi = () =>
  startModelApi(
    byPrompt({
      [PROMPT]: [
        toolUse("Bash", { command: "ls -a" }),
        toolUse("Bash", { command: "cat NOTES.md" }),
        toolUse("Bash", { command: "git status --short || true" }),
        toolUse("Bash", { command: "wc -l NOTES.md" }),
        toolUse("Bash", { command: "echo checked" }),
        text("Checked: five tools ran."),
      ],
    }),
  );

/**
 * A Claude Code of its own (HOME, project) doing the five-tool run; returns a timed run.
 * `hooks`: none, cairn's (installed as `cairn hook claude --install` writes them, recording
 * into `db`), or cairn's events running `command` instead; `async` marks every hook async.
 */
export async function fiveToolRun(api: ModelApi, clients: ClaudeCode[], db: string, hooks: { command?: string; async?: boolean } | null, name: string): Promise<() => Promise<number>> {
  const claude = await claudeCode({ api, db: null, project: name });
  clients.push(claude);
  writeFileSync(`${claude.cwd}/NOTES.md`, "# notes\n");
  if (hooks) {
    installBuiltHooks(db, claude.home);
    const path = `${claude.home}/.claude/settings.json`;
    const settings = JSON.parse(readFileSync(path, "utf8")) as { hooks: Record<string, Array<{ hooks: Array<{ command: string; async?: boolean }> }>> };
    for (const entries of Object.values(settings.hooks)) {
      for (const entry of entries) {
        for (const hook of entry.hooks) {
          if (hook.command !== `${CAIRN} hook claude --db ${db}`) throw new Error(`unexpected hook command ${hook.command}`);
          if (hooks.command) hook.command = hooks.command;
          if (hooks.async) hook.async = true;
        }
      }
    }
    writeFileSync(path, JSON.stringify(settings, null, 2));
  }
  return async () => {
    const start = performance.now();
    const run = await claude.print(PROMPT, [], { timeoutMs: 120_000 });
    const ms = performance.now() - start;
    if (run.code !== 0 || !run.stdout.includes("five tools ran")) throw new Error(`claude run failed (${run.code}): ${run.stderr || run.stdout}`);
    return ms;
  };
}

/**
 * The run with cairn's hooks against the run without any, and, for scale, the run whose hooks
 * (the same events) only run the bare insert: what any hook that starts bun costs the agent.
 * `floorDb` is a cairn database the bare insert writes to.
 */
export async function benchClaudeRun(db: string, floorDb: string, quick: boolean): Promise<Figure[]> {
  const runs = quick ? 1 : 9;
  const api = startFiveToolApi();
  const clients: ClaudeCode[] = [];
  try {
    const withHooks = await fiveToolRun(api, clients, db, {}, "with-hooks");
    const without = await fiveToolRun(api, clients, db, null, "without");
    const bareHooks = await fiveToolRun(api, clients, db, { command: BARE_INSERT(floorDb).join(" ") }, "bare-hooks");
    const { cairn, baseline } = await alternate(withHooks, without, runs);
    const floor = await alternate(bareHooks, without, runs);
    // The hooks must have recorded every tool call, or the comparison times hooks that did nothing.
    const sqlite = new Database(db, { readonly: true });
    const { n } = sqlite.query("SELECT count(*) AS n FROM events WHERE kind = 'tool_finished'").get() as { n: number };
    sqlite.close();
    const expected = 5 * (runs + 2);
    const ratio = cairn / baseline;
    const bareFigure: Figure = {
      figure: "real Claude Code run, 5 tool calls, hooks running only the bare insert vs without",
      unit: "ms",
      cairn: floor.cairn,
      baseline: floor.baseline,
      ratio: floor.cairn / floor.baseline,
      budget: "— (for scale)",
      pass: true,
      note: `median of ${runs} runs each: what 13 hooks that start bun cost however little they do`,
    };
    return [{
      figure: "real Claude Code run, 5 tool calls, with cairn's hooks vs without",
      unit: "ms",
      cairn: n === expected ? cairn : Number.NaN,
      baseline,
      ratio,
      budget: `ratio ≤ ${CLAUDE_RUN_BUDGET}`,
      pass: n === expected && ratio <= CLAUDE_RUN_BUDGET,
      note: n === expected ? `median of ${runs} runs each (13 hooks a run)` : `hooks recorded ${n} tool calls, expected ${expected}`,
    }, bareFigure];
  } finally {
    for (const c of clients) c.cleanup();
    api.close();
  }
}
