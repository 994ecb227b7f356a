/**
 * The hot path. `cairn event add` and the agents' hooks run on every tool call of every agent
 * (Claude Code waits for each PreToolUse hook), so the entry recognises them by their words and
 * runs each from a module that holds only that command (hot/*.ts): no command table, help,
 * meow, drizzle, UI, nor the other commands' code. In the installed build each is a bytecode
 * bundle of its own, loaded only when its words are given. Every other command line, and any
 * shape of these that needs more than the common parser, goes to the full CLI (`main.ts`).
 */
import { commandPositions } from "./parse-flags.ts";
import type { HotPrepare } from "./hot-run.ts";

/** The hot commands by their words: every agent's hook belongs here. scripts/build.ts bundles each. */
const HOT: Record<string, () => { prepare: HotPrepare }> = {
  "event add": () => require("./hot/event-add.ts"),
  "hook claude": () => require("./hot/hook-claude.ts"),
  "hook codex": () => require("./hot/hook-codex.ts"),
  "hook gemini": () => require("./hot/hook-gemini.ts"),
};
// Loops rather than map/filter here and on the rest of the hot path: each Array builtin costs
// 0.05–0.2 ms to compile on its first call in a process, and a hook is a new process each time.
const HOT_GROUPS = new Set<string>();
for (const name in HOT) HOT_GROUPS.add(name.slice(0, name.indexOf(" ")));

/**
 * The hot command `argv` asks for, ready to run (it ends the process), or undefined: another
 * command, help, `--version`, a shape only meow parses, or a hook's `--install|--uninstall`.
 * A command line taken here fails with the same usage errors the full CLI gives.
 */
export function hotCommand(argv: string[]): (() => void) | undefined {
  if (argv[0] === "--version" || argv[0] === "-v") return undefined;
  const positions = commandPositions(argv, (word) => HOT_GROUPS.has(word));
  if (positions.length !== 2) return undefined;
  const load = HOT[`${argv[positions[0]!]} ${argv[positions[1]!]}`];
  if (!load) return undefined;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) if (i !== positions[0] && i !== positions[1]) args.push(argv[i]!);
  return load().prepare(args);
}
