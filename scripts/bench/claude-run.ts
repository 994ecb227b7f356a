/**
 * What hooks cost an agent: the real Claude Code (pinned devDependency) doing five tool calls
 * against the scripted model stand-in, with cairn's hooks installed (the built `cairn`, as
 * `cairn hook claude --install` writes them) and without.
 */
import { Database } from "bun:sqlite";
import { writeFileSync } from "node:fs";
import { claudeCode, type ClaudeCode } from "../../src/testing/claude-code.ts";
import { byPrompt, startModelApi, text, toolUse } from "../../src/testing/model-api.ts";
import { alternate, installBuiltHooks } from "./processes.ts";
import type { Figure } from "./report.ts";

export const CLAUDE_RUN_BUDGET = 1.15;
const PROMPT = "check the project with five tools";

export async function benchClaudeRun(db: string, quick: boolean): Promise<Figure> {
  const runs = quick ? 1 : 9;
  const api = startModelApi(
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
  const clients: ClaudeCode[] = [];
  try {
    const open = async (hooks: boolean) => {
      const claude = await claudeCode({ api, db: null, project: hooks ? "with-hooks" : "without" });
      clients.push(claude);
      writeFileSync(`${claude.cwd}/NOTES.md`, "# notes\n");
      if (hooks) installBuiltHooks(db, claude.home);
      return async () => {
        const start = performance.now();
        const run = await claude.print(PROMPT, [], { timeoutMs: 120_000 });
        const ms = performance.now() - start;
        if (run.code !== 0 || !run.stdout.includes("five tools ran")) throw new Error(`claude run failed (${run.code}): ${run.stderr || run.stdout}`);
        return ms;
      };
    };
    const withHooks = await open(true);
    const without = await open(false);
    const { cairn, baseline } = await alternate(withHooks, without, runs);
    // The hooks must have recorded every tool call, or the comparison times hooks that did nothing.
    const sqlite = new Database(db, { readonly: true });
    const { n } = sqlite.query("SELECT count(*) AS n FROM events WHERE kind = 'tool_finished'").get() as { n: number };
    sqlite.close();
    const expected = 5 * (runs + 2);
    const ratio = cairn / baseline;
    return {
      figure: "real Claude Code run, 5 tool calls, with cairn's hooks vs without",
      unit: "ms",
      cairn: n === expected ? cairn : Number.NaN,
      baseline,
      ratio,
      budget: `ratio ≤ ${CLAUDE_RUN_BUDGET}`,
      pass: n === expected && ratio <= CLAUDE_RUN_BUDGET,
      note: n === expected ? `median of ${runs} runs each (13 hooks a run)` : `hooks recorded ${n} tool calls, expected ${expected}`,
    };
  } finally {
    for (const c of clients) c.cleanup();
    api.close();
  }
}
