/**
 * `cairn hook gemini --install|--uninstall`: cairn's entries in Gemini CLI's settings.json
 * (`~/.gemini/settings.json`; the same hooks shape as Claude Code's), keeping everything else,
 * with a backup of the old file; a file that does not parse is refused untouched.
 */
import * as hooksFile from "../core/hooks-file.ts";

/** The hook events cairn records (0.61); tool events take a matcher. The model events are left out: their payloads hold the whole request. */
export const GEMINI_HOOKS: readonly hooksFile.HookSpec[] = [
  { event: "SessionStart" },
  { event: "BeforeAgent" },
  { event: "BeforeTool", matcher: "*" },
  { event: "AfterTool", matcher: "*" },
  { event: "AfterAgent" },
  { event: "Notification" },
  { event: "SessionEnd" },
];

export const installGeminiHooks = (path: string, command: string) => hooksFile.installHooks(path, "gemini", GEMINI_HOOKS, command);
export const uninstallGeminiHooks = (path: string) => hooksFile.uninstallHooks(path, "gemini");
