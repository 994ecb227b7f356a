/**
 * `cairn hook claude --install|--uninstall`: adds (or removes exactly) cairn's entries in
 * Claude Code's settings.json, keeping everything else, with a backup of the old file.
 */
import * as hooksFile from "../core/hooks-file.ts";

/** The hook events cairn records; tool events take a matcher. */
export const HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PreToolUse", "PostToolUse", "Notification", "Stop", "SubagentStop", "PreCompact", "SessionEnd"] as const;
const TOOL_EVENTS = new Set<string>(["PreToolUse", "PostToolUse"]);
const SPECS = HOOK_EVENTS.map((event) => ({ event, ...(TOOL_EVENTS.has(event) ? { matcher: "*" } : {}) }));

export type SettingsChange = hooksFile.FileChange;

/** The command Claude Code runs: this bun and this cairn, so it works without cairn on PATH. */
export const hookCommand = (entry: string, db: string | undefined): string => hooksFile.hookCommand("claude", entry, db);

export const installHooks = (path: string, command: string): Promise<SettingsChange> => hooksFile.installHooks(path, "claude", SPECS, command);

export const uninstallHooks = (path: string): Promise<SettingsChange> => hooksFile.uninstallHooks(path, "claude");
