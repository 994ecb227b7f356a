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
const HOT_GROUPS = new Set(Object.keys(HOT).map((name) => name.split(" ")[0]!));

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
  return load?.().prepare(argv.filter((_, i) => !positions.includes(i)));
}
