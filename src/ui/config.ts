/** The UI's settings file: `$XDG_CONFIG_HOME/cairn/config.toml` or `config.json`. */
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { fail } from "../domain/errors.ts";
import { homeDirectory } from "../store/location.ts";
import { KEYMAP, keymapWith, type CommandId } from "./keymap.ts";
import { THEMES } from "./theme.ts";

const COMMANDS = [...new Set(KEYMAP.map((b) => b.command))] as [CommandId, ...CommandId[]];

const schema = z.strictObject({
  /** `light` for light terminal backgrounds. */
  theme: z.enum(Object.keys(THEMES) as [keyof typeof THEMES]).optional(),
  /** Ring the terminal bell when a session starts waiting for a person. */
  bell: z.boolean().optional(),
  /** Click to focus and select, wheel to scroll (on by default). */
  mouse: z.boolean().optional(),
  /** Keys per command id (as in `?`): replaces that command's keys wherever it is bound. */
  keys: z.partialRecord(z.enum(COMMANDS), z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])).optional(),
});

export type UiConfig = z.infer<typeof schema>;

/** Where the file is looked for, TOML first. */
export function configPaths(env: Record<string, string | undefined> = process.env): string[] {
  const dir = `${(env.XDG_CONFIG_HOME || `${homeDirectory(env)}/.config`).replace(/\/+$/, "")}/cairn`;
  return [`${dir}/config.toml`, `${dir}/config.json`];
}

/** Reads and checks the config; a bad file is refused with one line naming the file and the bad key. */
export function loadUiConfig(env: Record<string, string | undefined> = process.env): UiConfig {
  const path = configPaths(env).find((p) => existsSync(p));
  if (!path) return {};
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    raw = path.endsWith(".toml") ? Bun.TOML.parse(text) : JSON.parse(text);
  } catch (error) {
    return fail("invalid", `config ${path} cannot be read: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = [...issue.path, ...("keys" in issue && Array.isArray(issue.keys) ? issue.keys : [])].join(".");
    return fail("invalid", `config ${path}: ${key ? `${key}: ` : ""}${issue.code === "unrecognized_keys" ? "unknown setting" : issue.message}`);
  }
  keymapWith(parsed.data.keys ?? {});
  return parsed.data;
}
