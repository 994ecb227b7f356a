/** `cairn hook <harness>` and `cairn import <harness>` for the agents beside Claude Code (Codex CLI, Gemini CLI). */
import { fail } from "../../domain/errors.ts";
import type { Harness } from "../../domain/harness.ts";
import { homeDirectory } from "../../store/location.ts";
import { recordHookFromStdin } from "../hook-record.ts";
import { CODEX_HOOK } from "../hot/hook-codex.ts";
import { GEMINI_HOOK } from "../hot/hook-gemini.ts";
import { progressBar, reportImport } from "../import-report.ts";
import { stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

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
  return recordHookFromStdin(cli, CODEX_HOOK);
}

const geminiSettings = (cli: Invocation) => stringFlag(cli, "settings") ?? `${homeDirectory()}/.gemini/settings.json`;

export async function hookGemini(cli: Invocation) {
  const setup = setupAsked(cli);
  if (setup) {
    const { installGeminiHooks, uninstallGeminiHooks } = await import("../../agents/gemini/settings.ts");
    const path = geminiSettings(cli);
    if (setup === "install") {
      const change = await installGeminiHooks(path, await ourCommand(cli, "gemini"));
      cli.write(change.changed ? `installed cairn hooks in ${path}${kept(change.backup)}\n` : `cairn hooks already installed in ${path}\n`);
    } else {
      const change = await uninstallGeminiHooks(path);
      cli.write(change.changed ? `removed cairn hooks from ${path}${kept(change.backup)}\n` : `no cairn hooks in ${path}\n`);
    }
    return;
  }
  return recordHookFromStdin(cli, GEMINI_HOOK);
}

export async function importCodex(cli: Invocation) {
  const { importLogs, logFiles } = await import("../../agents/core/import.ts");
  const { parseRollout } = await import("../../agents/codex/rollout.ts");
  const files = await logFiles(cli.input[0] ?? `${codexHome()}/sessions`, "**/*.jsonl");
  const summary = await importLogs({ store: cli.store(), actor: "codex-import" }, "codex", files, parseRollout, { progress: progressBar("rollouts"), project: stringFlag(cli, "project") });
  reportImport(cli, summary, "rollouts");
}

export async function importGemini(cli: Invocation) {
  const { importLogs, logFiles } = await import("../../agents/core/import.ts");
  const { parseChat } = await import("../../agents/gemini/chats.ts");
  // Chats only: the project folders beside them hold other JSON (logs.json, …).
  const files = (await logFiles(cli.input[0] ?? `${homeDirectory()}/.gemini/tmp`, "**/*.{json,jsonl}")).filter((f) => f === cli.input[0] || f.includes("/chats/"));
  const summary = await importLogs({ store: cli.store(), actor: "gemini-import" }, "gemini", files, parseChat, { progress: progressBar("chats"), project: stringFlag(cli, "project") });
  reportImport(cli, summary, "chats");
}
