/**
 * The hooks file every harness reads (Claude Code's settings.json, Codex's hooks.json, Gemini's
 * settings.json): `{"hooks": {"<Event>": [{"matcher"?, "hooks": [{"type": "command", "command"}]}]}}`.
 * cairn adds (or removes exactly) its own entries, keeping everything else, with a backup of the
 * old file; a file it cannot read as that shape is refused and left untouched.
 */
import { fail } from "../../domain/errors.ts";
import type { Harness } from "../../domain/harness.ts";

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
type HooksFile = { hooks?: Record<string, HookGroup[]>; [key: string]: unknown };

/** One hook event cairn installs; tool events take a matcher ("*": every tool). */
export interface HookSpec {
  event: string;
  matcher?: string;
}

/** How to recognise cairn's own entries: the command runs cairn's `hook <harness>`. */
export const isCairnCommand = (command: unknown, harness: Harness): boolean =>
  typeof command === "string" && /\bcairn\b|\/cli\.(ts|js)\b/.test(command) && new RegExp(`\\bhook ${harness}\\b`).test(command);

const shellQuote = (word: string) => (/^[A-Za-z0-9_./:=@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/**
 * The command the agent runs: this cairn, so it works without cairn on PATH. Installed, that is
 * the compiled executable beside the entry (dist/cairn: a hook starts ~2.5 ms sooner than as a
 * bun script); from the sources, this bun and the entry.
 */
export function hookCommand(harness: Harness, entry: string, db: string | undefined): string {
  const compiled = `${entry.slice(0, entry.lastIndexOf("/"))}/cairn`;
  const cairn = entry.endsWith("/dist/cli.js") && Bun.file(compiled).size > 0 ? [compiled] : [process.execPath, entry];
  return [...cairn, "hook", harness, ...(db ? ["--db", db] : [])].map(shellQuote).join(" ");
}

async function readHooksFile(path: string): Promise<{ file: HooksFile; text: string | null }> {
  const handle = Bun.file(path);
  if (!(await handle.exists())) return { file: {}, text: null };
  const text = await handle.text();
  if (text.trim() === "") return { file: {}, text };
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    return fail("invalid", `${path} is not valid JSON (${(error as Error).message}); fix it first, cairn left it untouched`);
  }
  if (!file || typeof file !== "object" || Array.isArray(file)) fail("invalid", `${path} is not a JSON object; cairn left it untouched`);
  const hooks = (file as HooksFile).hooks;
  if (hooks !== undefined && (typeof hooks !== "object" || hooks === null || Array.isArray(hooks))) fail("invalid", `"hooks" in ${path} is not an object; cairn left it untouched`);
  return { file: file as HooksFile, text };
}

/** A backup of `old` (when there was a file) beside `path`; returns its path. */
export async function backupFile(path: string, old: string | null): Promise<string | null> {
  if (old === null) return null;
  const backup = `${path}.cairn-backup-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  await Bun.write(backup, old);
  return backup;
}

/** Writes `text` beside `path`, keeping a backup of the old content, then renames into place. */
export async function replaceFile(path: string, text: string, old: string | null): Promise<string | null> {
  const { mkdirSync, renameSync } = await import("node:fs");
  mkdirSync(path.replace(/\/[^/]*$/, "") || ".", { recursive: true });
  const backup = await backupFile(path, old);
  const temp = `${path}.cairn-${process.pid}.tmp`;
  await Bun.write(temp, text);
  renameSync(temp, path);
  return backup;
}

const withoutCairn = (groups: HookGroup[], harness: Harness): HookGroup[] =>
  groups
    .map((g) => (Array.isArray(g.hooks) ? { ...g, hooks: g.hooks.filter((h) => !isCairnCommand(h.command, harness)) } : g))
    .filter((g) => !Array.isArray(g.hooks) || g.hooks.length > 0);

export interface FileChange {
  path: string;
  changed: boolean;
  backup: string | null;
}

export async function installHooks(path: string, harness: Harness, events: readonly HookSpec[], command: string): Promise<FileChange> {
  const { file, text } = await readHooksFile(path);
  const hooks = { ...(file.hooks ?? {}) };
  let changed = false;
  for (const { event, matcher } of events) {
    const groups = Array.isArray(hooks[event]) ? hooks[event] : [];
    const ours = groups.flatMap((g) => g.hooks ?? []).filter((h) => isCairnCommand(h.command, harness));
    if (ours.length === 1 && ours[0]!.command === command) continue; // already installed, as is
    const group: HookGroup = { ...(matcher ? { matcher } : {}), hooks: [{ type: "command", command }] };
    hooks[event] = [...withoutCairn(groups, harness), group];
    changed = true;
  }
  if (!changed) return { path, changed, backup: null };
  return { path, changed, backup: await replaceFile(path, JSON.stringify({ ...file, hooks }, null, 2) + "\n", text) };
}

export async function uninstallHooks(path: string, harness: Harness): Promise<FileChange> {
  const { file, text } = await readHooksFile(path);
  if (!file.hooks) return { path, changed: false, backup: null };
  const hooks: Record<string, HookGroup[]> = {};
  let changed = false;
  for (const [event, groups] of Object.entries(file.hooks)) {
    const kept = Array.isArray(groups) ? withoutCairn(groups, harness) : groups;
    if (JSON.stringify(kept) !== JSON.stringify(groups)) changed = true;
    if (!Array.isArray(kept) || kept.length > 0) hooks[event] = kept;
  }
  if (!changed) return { path, changed, backup: null };
  const { hooks: _, ...rest } = file;
  const next = Object.keys(hooks).length > 0 ? { ...rest, hooks } : rest;
  return { path, changed, backup: await replaceFile(path, JSON.stringify(next, null, 2) + "\n", text) };
}
