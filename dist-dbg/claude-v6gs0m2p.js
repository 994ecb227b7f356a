// @bun
import {
  __require,
  CairnError,
  fail,
  readStdin,
  stringFlag,
  directoryOf
} from "./cli-g5ebnejy.js";

// src/cli/handlers/claude.ts
var MAX_HOOK_BYTES = 8 * 1024 * 1024;
async function logFailure(dbPath, error) {
  const line = `${new Date().toISOString()} ${error instanceof Error ? error.message : String(error)}
`.replace(/\n(?!$)/g, " ");
  try {
    const { appendFileSync } = await import("fs");
    appendFileSync(`${directoryOf(dbPath)}/hook-errors.log`, line, { mode: 384 });
  } catch {
    process.stderr.write(`cairn hook: ${line}`);
  }
}
function settingsPath(cli) {
  const explicit = stringFlag(cli, "settings");
  if (explicit)
    return explicit;
  const scope = stringFlag(cli, "scope") ?? "user";
  if (scope === "project")
    return `${process.cwd()}/.claude/settings.json`;
  if (scope !== "user")
    fail("usage", `--scope must be user or project, got ${JSON.stringify(scope)}`);
  const home = process.env.HOME || __require("os").homedir();
  return `${home}/.claude/settings.json`;
}
async function hookClaude(cli) {
  if (cli.flags.install === true || cli.flags.uninstall === true) {
    if (cli.flags.install === true && cli.flags.uninstall === true)
      fail("usage", "use --install or --uninstall, not both");
    const { hookCommand, installHooks, uninstallHooks } = await import("./settings-367jfgym.js");
    const { resolve } = await import("path");
    const path = settingsPath(cli);
    if (cli.flags.install === true) {
      const command = hookCommand(resolve(Bun.main), cli.dbIsDefault ? undefined : resolve(cli.dbPath));
      const change = await installHooks(path, command);
      cli.write(change.changed ? `installed cairn hooks in ${path}${change.backup ? ` (previous file kept as ${change.backup})` : ""}
` : `cairn hooks already installed in ${path}
`);
    } else {
      const change = await uninstallHooks(path);
      cli.write(change.changed ? `removed cairn hooks from ${path}${change.backup ? ` (previous file kept as ${change.backup})` : ""}
` : `no cairn hooks in ${path}
`);
    }
    return;
  }
  try {
    const { recordHook } = await import("./hook-e8w67q52.js");
    let payload;
    try {
      payload = JSON.parse(await readStdin("hook payload", MAX_HOOK_BYTES));
    } catch (error) {
      throw error instanceof CairnError ? error : new CairnError("invalid", `hook payload is not JSON: ${error.message}`);
    }
    if (!payload || typeof payload !== "object" || Array.isArray(payload))
      fail("invalid", "hook payload is not a JSON object");
    recordHook({ store: cli.store(), actor: "claude-code" }, payload, { project: stringFlag(cli, "project") });
  } catch (error) {
    await logFailure(cli.dbPath, error);
  }
}
async function importClaude(cli) {
  const { importClaude: run } = await import("./import-sb6wtn33.js");
  const home = process.env.HOME || __require("os").homedir();
  const path = cli.input[0] ?? `${home}/.claude/projects`;
  const tty = process.stderr.isTTY;
  const progress = tty ? (done, total) => {
    const width = 30;
    const filled = Math.round(done / total * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} transcripts`);
    if (done === total)
      process.stderr.write(`
`);
  } : undefined;
  const summary = await run({ store: cli.store(), actor: "claude-import" }, path, progress, stringFlag(cli, "project"));
  const skipped = Object.entries(summary.skipped).sort(([a], [b]) => a.localeCompare(b));
  const skippedText = skipped.length ? ` (skipped: ${skipped.map(([k, v]) => `${v} ${k}`).join(", ")})` : "";
  if (cli.format === "json")
    cli.write(JSON.stringify(summary) + `
`);
  else
    cli.write(`imported ${summary.messages} messages into ${summary.sessions} sessions from ${summary.files} transcripts, ${summary.updated} tool calls completed${skippedText}
`);
}
export {
  hookClaude,
  importClaude
};
