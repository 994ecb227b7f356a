/** `cairn hook <harness>` and `cairn import <harness>` for the agents beside Claude Code (Codex CLI, Gemini CLI). */
import { CairnError, fail } from "../../domain/errors.ts";
import type { Harness } from "../../domain/harness.ts";
import { directoryOf, homeDirectory } from "../../store/location.ts";
import { readStdin, stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

const MAX_HOOK_BYTES = 8 * 1024 * 1024;

/** Hooks must never disturb the agent: failures go to a log beside the database. */
async function logFailure(dbPath: string, harness: Harness, error: unknown): Promise<void> {
  const line = `${new Date().toISOString()} ${harness}: ${error instanceof Error ? error.message : String(error)}\n`.replace(/\n(?!$)/g, " ");
  try {
    const { appendFileSync } = await import("node:fs");
    appendFileSync(`${directoryOf(dbPath)}/hook-errors.log`, line, { mode: 0o600 });
  } catch {
    process.stderr.write(`cairn hook: ${line}`);
  }
}

async function readPayload(): Promise<Record<string, unknown>> {
  let payload: unknown;
  try {
    payload = JSON.parse(await readStdin("hook payload", MAX_HOOK_BYTES));
  } catch (error) {
    throw error instanceof CairnError ? error : new CairnError("invalid", `hook payload is not JSON: ${(error as Error).message}`);
  }
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) fail("invalid", "hook payload is not a JSON object");
  return payload as Record<string, unknown>;
}

/** --install / --uninstall asked for (both is a usage error). */
function setupAsked(cli: Invocation): "install" | "uninstall" | undefined {
  if (cli.flags.install === true && cli.flags.uninstall === true) fail("usage", "use --install or --uninstall, not both");
  return cli.flags.install === true ? "install" : cli.flags.uninstall === true ? "uninstall" : undefined;
}

/** The command the agent runs for its hooks: this cairn, and this database when one was chosen. */
async function ourCommand(cli: Invocation, harness: Harness): Promise<string> {
  const { hookCommand } = await import("../../agents/core/hooks-file.ts");
  const { resolve } = await import("node:path");
  return hookCommand(harness, resolve(Bun.main), cli.dbIsDefault ? undefined : resolve(cli.dbPath));
}

const kept = (backup: string | null) => (backup ? ` (previous file kept as ${backup})` : "");

const codexHome = () => process.env.CODEX_HOME || `${homeDirectory()}/.codex`;

export async function hookCodex(cli: Invocation) {
  const setup = setupAsked(cli);
  if (setup) {
    const { installCodexHooks, uninstallCodexHooks } = await import("../../agents/codex/settings.ts");
    if (setup === "install") {
      const { hooks, config } = await installCodexHooks(codexHome(), await ourCommand(cli, "codex"));
      cli.write(hooks.changed ? `installed cairn hooks in ${hooks.path}${kept(hooks.backup)}\n` : `cairn hooks already installed in ${hooks.path}\n`);
      if (config.changed) cli.write(`switched on [features] hooks in ${config.path}${kept(config.backup)}\n`);
    } else {
      const change = await uninstallCodexHooks(codexHome());
      cli.write(change.changed ? `removed cairn hooks from ${change.path}${kept(change.backup)}\n` : `no cairn hooks in ${change.path}\n`);
    }
    return;
  }
  try {
    const payload = await readPayload();
    const { recordCodexHook } = await import("../../agents/codex/hook.ts");
    recordCodexHook({ store: cli.store(), actor: "codex" }, payload, { project: stringFlag(cli, "project") });
  } catch (error) {
    await logFailure(cli.dbPath, "codex", error);
  }
}
