/**
 * The real Gemini CLI (the pinned `@google/gemini-cli` devDependency, run by node) offline
 * against the Gemini API stand-in (`gemini-api.ts`) through GOOGLE_GEMINI_BASE_URL: its own
 * temporary HOME (API-key auth chosen in settings.json, the workspace trusted by environment),
 * a project folder, and cairn's hooks installed by `cairn hook gemini --install`.
 *
 *   const api = startGeminiApi(byPrompt({ … }));
 *   const gemini = await geminiCli({ api, db });
 *   const run = await gemini.prompt("say hello");      // gemini -p "say hello"
 *   …; gemini.cleanup(); api.close();
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cairnOk, collectRun, type AgentRun } from "./harness.ts";
import type { StandIn } from "./stand-in.ts";

export const GEMINI_BIN = new URL("../../node_modules/.bin/gemini", import.meta.url).pathname;

export interface GeminiCli {
  home: string;
  cwd: string;
  env: Record<string, string>;
  /** settings.json, where the hooks are installed. */
  settings: string;
  /** `gemini -p <prompt> [...args]`, waited for. */
  prompt(prompt: string, args?: string[], options?: { timeoutMs?: number }): Promise<AgentRun>;
  cleanup(): void;
}

export async function geminiCli(options: { api: StandIn; db: string | null; project?: string }): Promise<GeminiCli> {
  const root = mkdtempSync(join(tmpdir(), "cairn-gemini-"));
  const home = join(root, "home");
  const cwd = join(root, options.project ?? "shop");
  const settings = join(home, ".gemini", "settings.json");
  mkdirSync(join(home, ".gemini"), { recursive: true });
  mkdirSync(join(cwd, ".git"), { recursive: true });
  // With a base URL alone, 0.61 picks "gateway" auth, which headless mode refuses.
  writeFileSync(settings, JSON.stringify({ security: { auth: { selectedType: "gemini-api-key" } }, privacy: { usageStatisticsEnabled: false } }, null, 2));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: home,
    TERM: "xterm-256color",
    GEMINI_API_KEY: "stand-in-key",
    GOOGLE_GEMINI_BASE_URL: options.api.url,
    GEMINI_CLI_TRUST_WORKSPACE: "true",
  };
  if (options.db !== null) await cairnOk(options.db, ["hook", "gemini", "--install"], { env: { HOME: home } });
  return {
    home,
    cwd,
    env,
    settings,
    prompt: (prompt, args = [], opts = {}) => collectRun(Bun.spawn([GEMINI_BIN, "-p", prompt, ...args], { cwd, env, stdin: "ignore", stdout: "pipe", stderr: "pipe" }), opts.timeoutMs ?? 120_000),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
