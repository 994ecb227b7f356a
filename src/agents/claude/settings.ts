/**
 * `cairn hook claude --install|--uninstall`: adds (or removes exactly) cairn's entries in
 * Claude Code's settings.json, keeping everything else, with a backup of the old file. The
 * events are those of the hook event table (`hook-events.ts`); tool events take a matcher.
 */
import * as hooksFile from "../core/hooks-file.ts";
import { HOOK_EVENTS } from "./hook-events.ts";

const SPECS = Object.entries(HOOK_EVENTS).map(([event, rule]) => ({ event, ...(rule.matcher ? { matcher: "*" } : {}) }));

export type SettingsChange = hooksFile.FileChange;

/** The command Claude Code runs: this bun and this cairn, so it works without cairn on PATH. */
export const hookCommand = (entry: string, db: string | undefined): string => hooksFile.hookCommand("claude", entry, db);

export const installHooks = (path: string, command: string): Promise<SettingsChange> => hooksFile.installHooks(path, "claude", SPECS, command);

export const uninstallHooks = (path: string): Promise<SettingsChange> => hooksFile.uninstallHooks(path, "claude");
