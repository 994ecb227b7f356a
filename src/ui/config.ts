/** The UI's settings file: `$XDG_CONFIG_HOME/cairn/config.toml` or `config.json`. */
import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { fail } from "../domain/errors.ts";
import { homeDirectory } from "../store/location.ts";
import { KEYMAP, keymapWith, parseKey, type CommandId } from "./keymap.ts";
import { THEMES } from "./theme.ts";

const COMMANDS = [...new Set(KEYMAP.map((b) => b.command))] as [CommandId, ...CommandId[]];

/** A command's keys, one or a list, written as people write them ("Ctrl-X", "Esc", "g"), kept as the keymap names them. */
const keys = z.union([z.string(), z.array(z.string()).min(1)]).transform((value, ctx) => {
  const list = typeof value === "string" ? [value] : value;
  const names = list.map(parseKey);
  const bad = names.findIndex((n) => n === undefined);
  if (bad < 0) return names as string[];
  const where = typeof value === "string" ? [] : [bad];
  ctx.addIssue({ code: "custom", path: where, message: `${JSON.stringify(list[bad])} is not a key (a character, Ctrl-X, Alt-X, Enter, Esc, Tab, Shift-Tab, Space, ↑ ↓ ← →, PgUp, PgDn, Home, End, Backspace, Del)` });
  return z.NEVER;
});

const schema = z.strictObject({
  /** `light` for light terminal backgrounds. */
  theme: z.enum(Object.keys(THEMES) as [keyof typeof THEMES]).optional(),
  /** Ring the terminal bell when a session starts waiting for a person. */
  bell: z.boolean().optional(),
  /** Click to focus and select, wheel to scroll (on by default). */
  mouse: z.boolean().optional(),
  /** Keys per command id (as in `?`): replaces that command's keys wherever it is bound. */
  keys: z.partialRecord(z.enum(COMMANDS), keys).optional(),
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
