/**
 * The real Codex CLI (the pinned `@openai/codex` devDependency, a native binary inside the
 * package) run offline against the Responses API stand-in (`responses-api.ts`): its own
 * temporary CODEX_HOME with a provider pointing at the stand-in, a project folder, and cairn's
 * hooks installed by `cairn hook codex --install`.
 *
 *   const api = startResponsesApi(byPrompt({ … }));
 *   const codex = await codexCli({ api, db });
 *   const run = await codex.exec("say hello");        // codex exec "say hello"
 *   …; codex.cleanup(); api.close();
 *
 * Hooks run only once trusted; tests pass `--dangerously-bypass-hook-trust`.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cairnOk, collectRun, type AgentRun } from "./harness.ts";
import type { StandIn } from "./stand-in.ts";

export const CODEX_BIN = new URL("../../node_modules/.bin/codex", import.meta.url).pathname;

export interface CodexOptions {
  api: StandIn;
  /** The cairn database the hooks record into; null installs no hooks. */
  db: string | null;
  /** The project's directory name (a git repository is faked with a `.git` folder). */
  project?: string;
  /** More top-level lines for config.toml, as a person would set them (`sandbox_mode = …`). */
  settings?: string[];
}

export type CodexRun = AgentRun;

export interface CodexCli {
  home: string;
  cwd: string;
  env: Record<string, string>;
  /** Where Codex writes its rollouts. */
  sessions: string;
  /** `codex exec --json <prompt> [...args]`, waited for. */
  exec(prompt: string, args?: string[], options?: { timeoutMs?: number }): Promise<CodexRun>;
  /** A raw spawn with this environment (`codex app-server` and the like). */
  spawn(args: string[]): Bun.Subprocess<"pipe", "pipe", "pipe">;
  /**
   * Trusts the installed hooks as a person reviewing them in Codex's `/hooks` would (their
   * hashes from app-server's `hooks/list` under `[hooks.state]` in config.toml), so they run
   * without `--dangerously-bypass-hook-trust`, also under `codex app-server`.
   */
  trustHooks(): Promise<number>;
  cleanup(): void;
}

export async function codexCli(options: CodexOptions): Promise<CodexCli> {
  const root = mkdtempSync(join(tmpdir(), "cairn-codex-"));
  const home = join(root, "codex-home");
  const cwd = join(root, options.project ?? "shop");
  mkdirSync(home, { recursive: true });
  mkdirSync(join(cwd, ".git"), { recursive: true });
  writeFileSync(
    join(home, "config.toml"),
    [
      `model = "gpt-stand-in"`,
      `model_provider = "stand-in"`,
      `check_for_update_on_startup = false`,
      ...(options.settings ?? []),
      ``,
      `[model_providers.stand-in]`,
      `name = "Stand-in"`,
      `base_url = "${options.api.url}/v1"`,
      `wire_api = "responses"`,
      `env_key = "STAND_IN_API_KEY"`,
      `request_max_retries = 0`,
      `stream_max_retries = 0`,
      ``,
    ].join("\n"),
  );
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: root,
    CODEX_HOME: home,
    STAND_IN_API_KEY: "stand-in-key",
    TERM: "xterm-256color",
  };
  if (options.db !== null) await cairnOk(options.db, ["hook", "codex", "--install"], { env: { CODEX_HOME: home } });
  const base = ["--dangerously-bypass-hook-trust"];

  async function exec(prompt: string, args: string[] = [], opts: { timeoutMs?: number } = {}): Promise<CodexRun> {
    const proc = Bun.spawn([CODEX_BIN, "exec", "--json", "--skip-git-repo-check", ...base, ...args, prompt], { cwd, env, stdin: "ignore", stdout: "pipe", stderr: "pipe" });
    return collectRun(proc, opts.timeoutMs ?? 120_000);
  }

  return {
    home,
    cwd,
    env,
    sessions: join(home, "sessions"),
    exec,
    spawn: (args) => Bun.spawn([CODEX_BIN, ...args], { cwd, env, stdin: "pipe", stdout: "pipe", stderr: "pipe" }),
    async trustHooks() {
      const server = Bun.spawn([CODEX_BIN, "app-server"], { cwd, env, stdin: "pipe", stdout: "pipe", stderr: "ignore" });
      const say = (o: object) => (server.stdin.write(JSON.stringify({ jsonrpc: "2.0", ...o }) + "\n"), server.stdin.flush());
      say({ id: 1, method: "initialize", params: { clientInfo: { name: "cairn-test", title: null, version: "1" }, capabilities: null } });
      let listed: any;
      let rest = "";
      for await (const chunk of server.stdout) {
        rest += new TextDecoder().decode(chunk);
        for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n")) {
          const line = JSON.parse(rest.slice(0, nl));
          rest = rest.slice(nl + 1);
          if (line.id === 1) say({ method: "initialized" }), say({ id: 2, method: "hooks/list", params: { cwds: [cwd] } });
          if (line.id === 2) listed = line.result;
        }
        if (listed) break;
      }
      server.stdin.end();
      await server.exited;
      const hooks: Array<{ key: string; currentHash: string }> = listed.data.flatMap((d: any) => d.hooks);
      appendFileSync(join(home, "config.toml"), hooks.map((h) => `\n[hooks.state.${JSON.stringify(h.key)}]\ntrusted_hash = ${JSON.stringify(h.currentHash)}\n`).join(""));
      return hooks.length;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
