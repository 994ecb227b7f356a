/**
 * The hot commands' help and flags: `cairn event add` and every agent's `hook`. Both the full
 * CLI (commands.ts, with handlers loaded on demand) and the hot bundles (hot/*.ts, with their
 * handler built in) take them from here, so both parse and check a command line alike.
 */
import type { CommandSpec } from "./types.ts";

/** A command without its handler: whoever runs it supplies one. */
export type HotSpec = Omit<CommandSpec, "run">;

export const EVENT_ADD: HotSpec = {
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
};

/** An agent's `hook` command: the flags and notes every harness shares, its own in between. */
function hookSpec(agent: string, title: string, install: string, extra: CommandSpec["flags"] = {}, notes: string[] = []): HotSpec {
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
  };
}

export const HOOK_CLAUDE = hookSpec(
  "claude",
  "Claude Code",
  "add cairn's hooks to Claude Code's settings.json (keeps yours, backs up the old file)",
  {
    scope: { type: "string", value: "user|project", description: "which settings: ~/.claude/settings.json (default) or ./.claude/settings.json" },
    settings: { type: "string", value: "FILE", description: "a settings.json to edit instead" },
  },
);

export const HOOK_CODEX = hookSpec(
  "codex",
  "Codex CLI",
  "add cairn's hooks to $CODEX_HOME/hooks.json and switch on [features] hooks in config.toml (backs up both)",
  {},
  ["CODEX_HOME defaults to ~/.codex. Codex runs new hooks only once trusted: review them in Codex (/hooks), or run codex with --dangerously-bypass-hook-trust."],
);

export const HOOK_GEMINI = hookSpec(
  "gemini",
  "Gemini CLI",
  "add cairn's hooks to ~/.gemini/settings.json (keeps yours, backs up the old file)",
  { settings: { type: "string", value: "FILE", description: "a settings.json to edit instead (a project's .gemini/settings.json)" } },
  ["Messages written to the session reach Gemini as AfterTool (or SessionStart, BeforeAgent) context, or as an AfterAgent deny that continues the turn while something is pending."],
);
