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
  /** Interactive Claude Code in a pseudo-terminal (see `ClaudeTerminal` for typing into it). */
  terminal(args?: string[], options?: { cols?: number; rows?: number }): ClaudeTerminal;
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
    // Dialogs otherwise ignore keys pressed in their first moments: a test types at machine speed.
    CLAUDE_CODE_DISABLE_EARLY_KEY_GUARD: "1",
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
    terminal: (args = [], opts = {}) => new ClaudeTerminal(new PtyScreen([...allowed, ...args], { cols: 120, rows: 40, ...opts, command: CLAUDE_BIN, cwd, env, replaceEnv: true })),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Interactive Claude Code as a person drives it: wait for the prompt box, type, answer dialogs. */
export class ClaudeTerminal {
  constructor(readonly screen: PtyScreen) {}

  /** Waits until the input box is ready for typing (its footer names the permission mode). */
  async ready(ms = 30_000): Promise<void> {
    await this.screen.waitFor((s) => /mode on|for shortcuts/.test(s) && s.includes("❯"), ms);
  }

  /** Types a prompt, waits until the box shows it (keys typed too early are dropped), and submits it. */
  async submit(text: string, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    for (;;) {
      await this.screen.press(...text);
      try {
        await this.screen.waitFor(text, 2_000);
        break;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await this.screen.press(...Array.from(text, () => "\u007f")); // clear what did arrive, type again
      }
    }
    await this.screen.press("\r");
  }

  /**
   * Answers the open dialog with `key`, pressing again until `gone` no longer shows (a dialog
   * ignores keys in its first moments).
   */
  async answer(key: string, gone: string, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (this.screen.text().includes(gone)) {
      if (Date.now() > deadline) throw new Error(`the dialog showing ${JSON.stringify(gone)} never closed:\n${this.screen.text()}`);
      await this.screen.press(key);
      await this.screen.waitFor((s) => !s.includes(gone), 500).catch(() => {});
    }
  }

  waitFor(check: string | ((screen: string) => boolean), ms = 30_000): Promise<string> {
    return this.screen.waitFor(check, ms);
  }

  /** Ends the session as a person would (`/exit`) and waits for the process. */
  async exit(): Promise<number> {
    await this.submit("/exit");
    return this.screen.exited();
  }

  close(): void {
    this.screen.close();
  }
}
