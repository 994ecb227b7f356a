import { fail } from "../../domain/errors.ts";
import { homeDirectory } from "../../store/location.ts";
import { recordHookFromStdin } from "../hook-record.ts";
import { CLAUDE_HOOK } from "../hot/hook-claude.ts";
import { progressBar, reportImport } from "../import-report.ts";
import { stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

function settingsPath(cli: Invocation): string {
  const explicit = stringFlag(cli, "settings");
  if (explicit) return explicit;
  const scope = stringFlag(cli, "scope") ?? "user";
  if (scope === "project") return `${process.cwd()}/.claude/settings.json`;
  if (scope !== "user") fail("usage", `--scope must be user or project, got ${JSON.stringify(scope)}`);
  return `${homeDirectory()}/.claude/settings.json`;
}

export async function hookClaude(cli: Invocation) {
  if (cli.flags.install === true || cli.flags.uninstall === true) {
    if (cli.flags.install === true && cli.flags.uninstall === true) fail("usage", "use --install or --uninstall, not both");
    const { hookCommand, installHooks, uninstallHooks } = await import("../../agents/claude/settings.ts");
    const { resolve } = await import("node:path");
    const path = settingsPath(cli);
    if (cli.flags.install === true) {
      // The hook runs this very cairn (and this database, when one was chosen), PATH or not.
      const command = hookCommand(resolve(Bun.main), cli.dbIsDefault ? undefined : resolve(cli.dbPath));
      const change = await installHooks(path, command);
      cli.write(change.changed ? `installed cairn hooks in ${path}${change.backup ? ` (previous file kept as ${change.backup})` : ""}\n` : `cairn hooks already installed in ${path}\n`);
    } else {
      const change = await uninstallHooks(path);
      cli.write(change.changed ? `removed cairn hooks from ${path}${change.backup ? ` (previous file kept as ${change.backup})` : ""}\n` : `no cairn hooks in ${path}\n`);
    }
    return;
  }
  return recordHookFromStdin(cli, CLAUDE_HOOK);
}

export async function importClaude(cli: Invocation) {
  const { importClaude: run } = await import("../../agents/claude/import.ts");
  const path = cli.input[0] ?? `${homeDirectory()}/.claude/projects`;
  const summary = await run({ store: cli.store(), actor: "claude-import" }, path, progressBar("transcripts"), stringFlag(cli, "project"));
  reportImport(cli, summary, "transcripts");
}
