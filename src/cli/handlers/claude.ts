import { CairnError, fail } from "../../domain/errors.ts";
import type { HookPayload } from "../../agents/claude/hook.ts";
import type { SpooledHook } from "../spool-replayers.ts";
import { inexactNumbersAsText } from "../../domain/json.ts";
import { homeDirectory } from "../../store/location.ts";
import { spoolWrite } from "../../store/spool.ts";
import { logHookFailure } from "../hook-log.ts";
import { SUPERVISED_ENV } from "../../domain/supervision.ts";
import { readStdin, stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

const MAX_HOOK_BYTES = 8 * 1024 * 1024;

/**
 * How long a hook waits for another writer's lock before spooling its payload instead: well
 * under Claude Code's hook timeout (60 s), and short enough not to hold up the agent.
 */
const HOOK_WAIT_MS = Number(process.env.CAIRN_HOOK_WAIT_MS) || 1_000;

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
  // A supervised agent's supervisor records it from its output; the hooks would say it twice.
  if (process.env[SUPERVISED_ENV]) return;
  let payload: unknown;
  try {
    try {
      // A number a double cannot hold (2^53+1) is kept as its text, never changed or refused.
      payload = JSON.parse(inexactNumbersAsText(await readStdin("hook payload", MAX_HOOK_BYTES)));
    } catch (error) {
      throw error instanceof CairnError ? error : new CairnError("invalid", `hook payload is not JSON: ${(error as Error).message}`);
    }
    if (!payload || typeof payload !== "object" || Array.isArray(payload)) fail("invalid", "hook payload is not a JSON object");
  } catch (error) {
    return logHookFailure(cli.dbPath, (error as Error).message);
  }
  const { SPOOL_REPLAYERS, replayFailure } = await import("../spool-replayers.ts");
  const body: SpooledHook = { payload: payload as HookPayload, project: stringFlag(cli, "project") };
  try {
    const store = cli.store({ busyTimeoutMs: HOOK_WAIT_MS });
    // Whatever earlier hooks spooled is written first, in the same transaction as this one.
    store.replayers = SPOOL_REPLAYERS;
    store.onReplayFailure = replayFailure(cli.dbPath);
    SPOOL_REPLAYERS["claude-hook"]!(store, body);
  } catch (error) {
    // Locked too long (a big import) or not writable now: keep the payload for the next writer.
    if (error instanceof CairnError && (error.code === "busy" || error.code === "storage")) {
      try {
        spoolWrite(cli.dbPath, "claude-hook", body);
        return;
      } catch (spoolError) {
        return logHookFailure(cli.dbPath, `${error.message}; could not spool the payload either: ${(spoolError as Error).message}`);
      }
    }
    logHookFailure(cli.dbPath, error instanceof Error ? error.message : String(error));
  }
}

export async function importClaude(cli: Invocation) {
  const { importClaude: run } = await import("../../agents/claude/import.ts");
  const path = cli.input[0] ?? `${homeDirectory()}/.claude/projects`;
  const tty = process.stderr.isTTY;
  const progress = tty
    ? (done: number, total: number) => {
        const width = 30;
        const filled = Math.round((done / total) * width);
        process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} transcripts`);
        if (done === total) process.stderr.write("\n");
      }
    : undefined;
  const summary = await run({ store: cli.store(), actor: "claude-import" }, path, progress, stringFlag(cli, "project"));
  const skipped = Object.entries(summary.skipped).sort(([a], [b]) => a.localeCompare(b));
  const skippedText = skipped.length ? ` (skipped: ${skipped.map(([k, v]) => `${v} ${k}`).join(", ")})` : "";
  if (cli.format === "json") cli.write(JSON.stringify(summary) + "\n");
  else cli.write(`imported ${summary.messages} messages into ${summary.sessions} sessions from ${summary.files} transcripts, ${summary.updated} tool calls completed${skippedText}\n`);
}
