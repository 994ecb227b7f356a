/**
 * The hot path. `cairn event add` and the agents' hooks run on every tool call of every agent
 * (Claude Code waits for each PreToolUse hook), so the entry recognises them itself and runs
 * them without the command table, help, meow, drizzle or the UI; every other command line,
 * and any shape of these two that needs more than the common parser, goes to the full CLI
 * (`main.ts`). In the installed build this file and what it imports are one bytecode bundle.
 */
import { eventAdd } from "./handlers/event-add.ts";
import { checkParsed, commandPositions, flagsOf, parseCommon } from "./parse-flags.ts";
import { runCommand } from "./run.ts";
import type { CommandSpec, Invocation } from "./types.ts";

type Handler = (cli: Invocation) => unknown;

/** A handler in a module loaded when its command runs, so start-up loads only what one command needs. */
export const handler =
  <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  async (cli: Invocation) =>
    ((await load())[name] as Handler)(cli) as Promise<void | number>;

export const EVENT_ADD: CommandSpec = {
  name: "event add",
  args: "<kind>",
  summary: "record a coordination event (task_started, lock_acquired, …)",
  arity: [1, 1],
  flags: {
    source: { type: "string", value: "S", description: "who it comes from (agent name)" },
    target: { type: "string", value: "T", description: "who or what it is about" },
    session: { type: "string", value: "ID", description: "the session it belongs to" },
    project: { type: "string", value: "P", description: "the project it belongs to (default: the session's)" },
    payload: { type: "string", value: "JSON|-", description: "a JSON object (from stdin with -)" },
    id: { type: "string", value: "ID", description: "your own event id: retries with it are no-ops" },
    stream: { type: "string", value: "CAT:ID", description: "stream (default: session, else project, else agent:<source>)" },
    expectVersion: { type: "string", value: "N", description: "fail with a conflict unless the stream is at version N" },
    deliver: { type: "boolean", description: "also deliver it to the live agent of the --target session (one line: kind, source, payload)" },
  },
  notes: ["With --deliver, --target names a session with a live agent; the event reaches that agent like a message does."],
  run: eventAdd,
};

/** An agent's `hook` command: the flags and notes every harness shares, its own in between. */
function hookSpec(agent: string, title: string, install: string, run: CommandSpec["run"], extra: CommandSpec["flags"] = {}, notes: string[] = []): CommandSpec {
  return {
    name: `hook ${agent}`,
    args: "",
    summary: `record one ${title} hook payload from stdin (always exits 0; prints only what it delivers to the agent)`,
    arity: [0, 0],
    flags: {
      install: { type: "boolean", description: install },
      uninstall: { type: "boolean", description: "remove exactly the hooks --install added" },
      ...extra,
      project: { type: "string", value: "P", description: `record into this project instead of the ${agent === "claude" ? "git repository's" : "repository's"} name` },
    },
    notes: [...notes, "Failures are logged to hook-errors.log beside the database; the agent is never blocked."],
    run,
  };
}

export const HOOK_CLAUDE = hookSpec(
  "claude",
  "Claude Code",
  "add cairn's hooks to Claude Code's settings.json (keeps yours, backs up the old file)",
  handler(() => import("./handlers/claude.ts"), "hookClaude"),
  {
    scope: { type: "string", value: "user|project", description: "which settings: ~/.claude/settings.json (default) or ./.claude/settings.json" },
    settings: { type: "string", value: "FILE", description: "a settings.json to edit instead" },
  },
);

export const HOOK_CODEX = hookSpec(
  "codex",
  "Codex CLI",
  "add cairn's hooks to $CODEX_HOME/hooks.json and switch on [features] hooks in config.toml (backs up both)",
  handler(() => import("./handlers/agents.ts"), "hookCodex"),
  {},
  ["CODEX_HOME defaults to ~/.codex. Codex runs new hooks only once trusted: review them in Codex (/hooks), or run codex with --dangerously-bypass-hook-trust."],
);

export const HOOK_GEMINI = hookSpec(
  "gemini",
  "Gemini CLI",
  "add cairn's hooks to ~/.gemini/settings.json (keeps yours, backs up the old file)",
  handler(() => import("./handlers/agents.ts"), "hookGemini"),
  { settings: { type: "string", value: "FILE", description: "a settings.json to edit instead (a project's .gemini/settings.json)" } },
  ["Messages written to the session reach Gemini as AfterTool (or SessionStart, BeforeAgent) context, or as an AfterAgent deny that continues the turn while something is pending."],
);

/** The hot commands by their words: every agent's hook belongs here. */
const HOT: Record<string, CommandSpec> = { "event add": EVENT_ADD, "hook claude": HOOK_CLAUDE, "hook codex": HOOK_CODEX, "hook gemini": HOOK_GEMINI };
const HOT_GROUPS = new Set(Object.keys(HOT).map((name) => name.split(" ")[0]!));

/**
 * The hot command `argv` asks for, ready to run, or undefined: another command, help,
 * `--version`, a shape only meow parses, or a hook's `--install|--uninstall`. A command
 * line taken here fails with the same usage errors the full CLI gives (same parser, same checks).
 */
export function hotCommand(argv: string[]): (() => Promise<number | void>) | undefined {
  if (argv[0] === "--version" || argv[0] === "-v") return undefined;
  const positions = commandPositions(argv, (word) => HOT_GROUPS.has(word));
  if (positions.length !== 2) return undefined;
  const spec = HOT[`${argv[positions[0]!]} ${argv[positions[1]!]}`];
  if (!spec) return undefined;
  const flags = flagsOf(spec);
  const parsed = parseCommon(
    argv.filter((_, i) => !positions.includes(i)),
    flags,
  );
  if (!parsed || parsed.flags.install === true || parsed.flags.uninstall === true) return undefined;
  return async () => {
    const checked = checkParsed(spec, flags, parsed);
    return runCommand(spec, checked.input, checked.flags);
  };
}
