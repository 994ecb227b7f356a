/**
 * `cairn hook codex --install|--uninstall`: cairn's entries in `$CODEX_HOME/hooks.json` (the
 * same shape as Claude Code's hooks), and the hooks feature switched on in `config.toml`
 * (`[features] hooks = true`; 0.169 still reads the older `codex_hooks`, with a warning).
 * Both files get a backup when changed; a file that does not parse is refused untouched.
 */
import { fail } from "../../domain/errors.ts";
import * as hooksFile from "../core/hooks-file.ts";

/** The hook events Codex 0.169 fires and cairn records; tool events take a matcher. */
export const CODEX_HOOKS: readonly hooksFile.HookSpec[] = [
  { event: "SessionStart" },
  { event: "UserPromptSubmit" },
  { event: "PreToolUse", matcher: "*" },
  { event: "PostToolUse", matcher: "*" },
  { event: "PermissionRequest", matcher: "*" },
  { event: "Stop" },
  { event: "SessionEnd" },
];

const parseToml = (path: string, text: string): Record<string, unknown> => {
  try {
    return Bun.TOML.parse(text) as Record<string, unknown>;
  } catch (error) {
    return fail("invalid", `${path} is not valid TOML (${(error as Error).message}); fix it first, cairn left it untouched`);
  }
};

const hooksOn = (config: Record<string, unknown>): boolean => {
  const features = config.features as Record<string, unknown> | undefined;
  return features?.hooks === true || (features?.hooks === undefined && features?.codex_hooks === true);
};

/**
 * config.toml with the hooks feature on, edited as text so the person's comments and layout
 * stay: `hooks = …` under an existing `[features]` table is set, else the line is added to it,
 * else the table is added at the end.
 */
export function enableHooksFeature(path: string, text: string): string | undefined {
  const config = parseToml(path, text);
  if (hooksOn(config)) return undefined;
  const lines = text.split("\n");
  const header = lines.findIndex((l) => /^\s*\[\s*features\s*\]\s*(#.*)?$/.test(l));
  let next: string;
  if (header < 0) {
    next = `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${text.trim() === "" ? "" : "\n"}[features]\nhooks = true\n`;
  } else {
    const end = lines.findIndex((l, i) => i > header && /^\s*\[/.test(l));
    const table = lines.slice(header + 1, end < 0 ? undefined : end);
    const at = table.findIndex((l) => /^\s*hooks\s*=/.test(l));
    if (at >= 0) lines[header + 1 + at] = "hooks = true";
    else lines.splice(header + 1, 0, "hooks = true");
    next = lines.join("\n");
  }
  if (!hooksOn(parseToml(path, next))) fail("invalid", `cairn could not switch on [features] hooks in ${path}; add "hooks = true" under [features] yourself`);
  return next;
}

export interface CodexInstall {
  hooks: hooksFile.FileChange;
  config: hooksFile.FileChange;
}

export async function installCodexHooks(codexHome: string, command: string): Promise<CodexInstall> {
  const configPath = `${codexHome}/config.toml`;
  const configFile = Bun.file(configPath);
  const old = (await configFile.exists()) ? await configFile.text() : null;
  // Both files are checked before either is written: a malformed one leaves both untouched.
  const enabled = enableHooksFeature(configPath, old ?? "");
  const hooks = await hooksFile.installHooks(`${codexHome}/hooks.json`, "codex", CODEX_HOOKS, command);
  const config = { path: configPath, changed: enabled !== undefined, backup: enabled === undefined ? null : await hooksFile.replaceFile(configPath, enabled, old) };
  return { hooks, config };
}

/** Removes cairn's hooks; the feature stays on (other hooks may need it). */
export const uninstallCodexHooks = (codexHome: string): Promise<hooksFile.FileChange> => hooksFile.uninstallHooks(`${codexHome}/hooks.json`, "codex");
