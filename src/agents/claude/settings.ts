/**
 * `cairn hook claude --install|--uninstall`: adds (or removes exactly) cairn's entries in
 * Claude Code's settings.json, keeping everything else, with a backup of the old file.
 */
import { fail } from "../../domain/errors.ts";

/** The hook events cairn records; tool events take a matcher. */
export const HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PreToolUse", "PostToolUse", "Notification", "Stop", "SubagentStop", "PreCompact", "SessionEnd"] as const;
const TOOL_EVENTS = new Set<string>(["PreToolUse", "PostToolUse"]);

interface HookCommand {
  type: string;
  command?: string;
  [key: string]: unknown;
}
interface HookGroup {
  matcher?: string;
  hooks?: HookCommand[];
  [key: string]: unknown;
}
type Settings = { hooks?: Record<string, HookGroup[]>; [key: string]: unknown };

/** How to recognise our own entries: the command runs cairn's `hook claude`. */
export const isCairnCommand = (command: unknown): boolean => typeof command === "string" && /\bcairn\b|\/cli\.(ts|js)\b/.test(command) && /\bhook claude\b/.test(command);

const shellQuote = (word: string) => (/^[A-Za-z0-9_./:=@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** The command Claude Code runs: this bun and this cairn, so it works without cairn on PATH. */
export function hookCommand(entry: string, db: string | undefined): string {
  return [process.execPath, entry, "hook", "claude", ...(db ? ["--db", db] : [])].map(shellQuote).join(" ");
}

async function readSettings(path: string): Promise<{ settings: Settings; text: string | null }> {
  const file = Bun.file(path);
  if (!(await file.exists())) return { settings: {}, text: null };
  const text = await file.text();
  if (text.trim() === "") return { settings: {}, text };
  let settings: unknown;
  try {
    settings = JSON.parse(text);
  } catch (error) {
    return fail("invalid", `${path} is not valid JSON (${(error as Error).message}); fix it first, cairn left it untouched`);
  }
  if (!settings || typeof settings !== "object" || Array.isArray(settings)) fail("invalid", `${path} is not a JSON object; cairn left it untouched`);
  const hooks = (settings as Settings).hooks;
  if (hooks !== undefined && (typeof hooks !== "object" || hooks === null || Array.isArray(hooks))) fail("invalid", `"hooks" in ${path} is not an object; cairn left it untouched`);
  return { settings: settings as Settings, text };
}

/** Writes the new settings beside the old, keeping a backup, then renames into place. */
async function writeSettings(path: string, settings: Settings, old: string | null): Promise<string | null> {
  const { mkdirSync, renameSync } = await import("node:fs");
  const dir = path.replace(/\/[^/]*$/, "") || ".";
  mkdirSync(dir, { recursive: true });
  let backup: string | null = null;
  if (old !== null) {
    backup = `${path}.cairn-backup-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await Bun.write(backup, old);
  }
  const temp = `${path}.cairn-${process.pid}.tmp`;
  await Bun.write(temp, JSON.stringify(settings, null, 2) + "\n");
  renameSync(temp, path);
  return backup;
}

const withoutCairn = (groups: HookGroup[]): HookGroup[] =>
  groups
    .map((g) => (Array.isArray(g.hooks) ? { ...g, hooks: g.hooks.filter((h) => !isCairnCommand(h.command)) } : g))
    .filter((g) => !Array.isArray(g.hooks) || g.hooks.length > 0);

export interface SettingsChange {
  path: string;
  changed: boolean;
  backup: string | null;
}

export async function installHooks(path: string, command: string): Promise<SettingsChange> {
  const { settings, text } = await readSettings(path);
  const hooks = { ...(settings.hooks ?? {}) };
  let changed = false;
  for (const event of HOOK_EVENTS) {
    const groups = Array.isArray(hooks[event]) ? hooks[event] : [];
    const ours = groups.flatMap((g) => g.hooks ?? []).filter((h) => isCairnCommand(h.command));
    if (ours.length === 1 && ours[0]!.command === command) continue; // already installed, as is
    const group: HookGroup = { ...(TOOL_EVENTS.has(event) ? { matcher: "*" } : {}), hooks: [{ type: "command", command }] };
    hooks[event] = [...withoutCairn(groups), group];
    changed = true;
  }
  if (!changed) return { path, changed, backup: null };
  return { path, changed, backup: await writeSettings(path, { ...settings, hooks }, text) };
}

export async function uninstallHooks(path: string): Promise<SettingsChange> {
  const { settings, text } = await readSettings(path);
  if (!settings.hooks) return { path, changed: false, backup: null };
  const hooks: Record<string, HookGroup[]> = {};
  let changed = false;
  for (const [event, groups] of Object.entries(settings.hooks)) {
    const kept = Array.isArray(groups) ? withoutCairn(groups) : groups;
    if (JSON.stringify(kept) !== JSON.stringify(groups)) changed = true;
    if (!Array.isArray(kept) || kept.length > 0) hooks[event] = kept;
  }
  if (!changed) return { path, changed, backup: null };
  const { hooks: _, ...rest } = settings;
  const next = Object.keys(hooks).length > 0 ? { ...rest, hooks } : rest;
  return { path, changed, backup: await writeSettings(path, next, text) };
}
