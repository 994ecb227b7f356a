/**
 * The real Claude Code (the pinned `@anthropic-ai/claude-code` devDependency), run offline
 * against the model stand-in (`model-api.ts`) with its own temporary HOME and cairn's hooks
 * installed, headless (`-p`, also stream-json) or interactive in a pseudo-terminal.
 *
 *   const api = startModelApi(byPrompt({ … }));
 *   const claude = await claudeCode({ api, db });          // temp HOME, project dir, hooks
 *   const run = await claude.print("say hello");           // claude -p "say hello"
 *   const term = claude.terminal();                        // interactive, in a pty
 *   …; claude.cleanup(); api.close();
 *
 * As root, `--dangerously-skip-permissions` is refused, so tools are allowed by name
 * (`allowedTools`, default Bash, Read, Write, Edit); leave a tool out to see a permission asked.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cairnOk, collectRun } from "./harness.ts";
import type { ModelApi } from "./model-api.ts";
import { PtyScreen } from "./pty.ts";

/** The native binary the pinned package installed (through its optional platform dependency). */
export const CLAUDE_BIN = new URL("../../node_modules/.bin/claude", import.meta.url).pathname;

/** The API key Claude Code sends; pre-approved in the temp HOME so no dialog asks about it. */
const API_KEY = "sk-ant-stand-in-0000000000000000000000000000";

export interface ClaudeCodeOptions {
  api: ModelApi;
  /** The cairn database the hooks record into; null installs no hooks. */
  db: string | null;
  /** The project's directory name (a git repository is faked with a `.git` folder). */
  project?: string;
  /** Tools allowed without asking (default Bash, Read, Write, Edit). */
  allowedTools?: string[];
  /** More environment for Claude Code (and so for its hooks). */
  env?: Record<string, string>;
}

export interface ClaudeRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout's JSON lines, parsed, when the output format was stream-json. */
  lines: any[];
}

export interface ClaudeCode {
  home: string;
  /** The working directory Claude Code runs in. */
  cwd: string;
  env: Record<string, string>;
  /** Where Claude Code writes this project's transcripts. */
  transcripts: string;
  /** `claude -p <prompt> [...args]`, waited for. */
  print(prompt: string, args?: string[], options?: { stdin?: string; timeoutMs?: number }): Promise<ClaudeRun>;
  /** `claude -p --output-format stream-json --verbose <prompt> [...args]`, lines parsed. */
  stream(prompt: string, args?: string[], options?: { timeoutMs?: number }): Promise<ClaudeRun>;
  /** A raw spawn with this environment, for stdin-driven stream-json sessions and the like. */
  spawn(args: string[], options?: { stdin?: "pipe" | "ignore" }): Bun.Subprocess<"pipe" | "ignore", "pipe", "pipe">;
  /** Interactive Claude Code in a pseudo-terminal. */
  terminal(args?: string[], options?: { cols?: number; rows?: number }): PtyScreen;
  cleanup(): void;
}

/** Claude Code's project folder name for a directory: every non-alphanumeric becomes `-`. */
export const projectFolder = (dir: string): string => dir.replace(/[^A-Za-z0-9]/g, "-");

/** A temporary HOME and project for Claude Code, with cairn's hooks installed in it. */
export async function claudeCode(options: ClaudeCodeOptions): Promise<ClaudeCode> {
  const root = mkdtempSync(join(tmpdir(), "cairn-claude-"));
  const home = join(root, "home");
  const cwd = join(root, options.project ?? "shop");
  mkdirSync(join(home, ".claude"), { recursive: true });
  mkdirSync(join(cwd, ".git"), { recursive: true });
  // Without these answers an interactive session stops at the onboarding, API key and trust dialogs.
  writeFileSync(
    join(home, ".claude.json"),
    JSON.stringify({
      hasCompletedOnboarding: true,
      lastOnboardingVersion: "2.1.330",
      customApiKeyResponses: { approved: [API_KEY.slice(-20)], rejected: [] },
      projects: { [cwd]: { hasTrustDialogAccepted: true, hasCompletedProjectOnboarding: true, allowedTools: [] } },
    }),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    TERM: "xterm-256color",
    ANTHROPIC_BASE_URL: options.api.url,
    ANTHROPIC_API_KEY: API_KEY,
    DISABLE_TELEMETRY: "1",
    DISABLE_AUTOUPDATER: "1",
    DISABLE_ERROR_REPORTING: "1",
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: "1",
    // An API error is an error at once, not a minute of retries.
    CLAUDE_CODE_MAX_RETRIES: "0",
    ...options.env,
  };
  if (options.db !== null) await cairnOk(options.db, ["hook", "claude", "--install"], { env: { HOME: home } });
  const allowed = ["--allowedTools", (options.allowedTools ?? ["Bash", "Read", "Write", "Edit"]).join(",")];

  const spawn = (args: string[], opts: { stdin?: "pipe" | "ignore" } = {}) =>
    Bun.spawn([CLAUDE_BIN, ...allowed, ...args], { cwd, env, stdin: opts.stdin ?? "ignore", stdout: "pipe", stderr: "pipe" });

  async function run(args: string[], timeoutMs = 120_000, stdin?: string): Promise<ClaudeRun> {
    const proc = Bun.spawn([CLAUDE_BIN, ...allowed, ...args], { cwd, env, stdin: stdin === undefined ? "ignore" : new Blob([stdin]), stdout: "pipe", stderr: "pipe" });
    return collectRun(proc, timeoutMs);
  }

  return {
    home,
    cwd,
    env,
    transcripts: join(home, ".claude", "projects", projectFolder(cwd)),
    print: (prompt, args = [], opts = {}) => run(["-p", prompt, ...args], opts.timeoutMs, opts.stdin),
    stream: (prompt, args = [], opts = {}) => run(["-p", prompt, "--output-format", "stream-json", "--verbose", ...args], opts.timeoutMs),
    spawn,
    terminal: (args = [], opts = {}) => new PtyScreen([...allowed, ...args], { ...opts, command: CLAUDE_BIN, cwd, env, replaceEnv: true }),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
