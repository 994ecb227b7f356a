/**
 * Command lines in the common shapes, parsed without the command table or meow: the hot
 * entry (`hot.ts`) needs exactly this, and the full CLI (`parse.ts`) starts with it too.
 */
import { fail } from "../domain/errors.ts";
import { GLOBAL_FLAGS, kebab } from "./flags.ts";
import type { CommandSpec, FlagSpec } from "./types.ts";

export type Flags = Record<string, string | boolean | undefined>;

// Most flags have one word: they skip the regex (compiled on first use in every process).
export const camel = (name: string) => (name.includes("-") ? name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) : name);
const VALUE_FLAGS = new Set<string>();
for (const flag in GLOBAL_FLAGS) VALUE_FLAGS.add(`--${flag}`);

/** Where the command words are among the arguments: global flags may come before them. */
export function commandPositions(argv: string[], isGroup: (word: string) => boolean): number[] {
  const positions: number[] = [];
  for (let i = 0; i < argv.length && positions.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg.startsWith("-") && arg !== "-") {
      if (VALUE_FLAGS.has(arg)) i++;
      continue;
    }
    positions.push(i);
    if (!isGroup(arg)) break;
  }
  return positions;
}

export interface Parsed {
  input: string[];
  flags: Flags;
  /** Flags as written, for the unknown-flag check. */
  given: string[];
  repeated: string[];
}

/** A command's own flags and the global ones. */
export const flagsOf = (spec: CommandSpec): Record<string, FlagSpec> => ({ ...GLOBAL_FLAGS, ...spec.flags });

/**
 * The common shapes (`--name value`, `--name=value`, `--bool`, positionals, `-` for stdin)
 * parsed without loading meow, which alone costs 25–45 ms: more than the whole start-up
 * budget of `cairn event add`. Anything else (help, short flags, `--no-x`, `--`) returns
 * undefined and goes to meow, so both paths accept the same command lines.
 */
export function parseCommon(argv: string[], flags: Record<string, FlagSpec>): Parsed | undefined {
  const parsed: Parsed = { input: [], flags: {}, given: [], repeated: [] };
  for (const name in flags) if (flags[name]!.defaultOn) parsed.flags[name] = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-" || !arg.startsWith("-")) {
      parsed.input.push(arg);
      continue;
    }
    if (!arg.startsWith("--") || arg === "--") return undefined;
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (name === "help" || name === "version" || name.startsWith("no-")) return undefined;
    const key = camel(name);
    const spec = flags[key];
    parsed.given.push(key);
    if (key in parsed.flags && !spec?.defaultOn) parsed.repeated.push(key);
    if (spec?.type === "boolean") {
      if (eq >= 0) return undefined;
      parsed.flags[key] = true;
    } else {
      parsed.flags[key] = eq >= 0 ? arg.slice(eq + 1) : (argv[++i] ?? "");
    }
  }
  return parsed;
}

/** Checks parsed arguments against the command's flag table and arity. */
export function checkParsed(spec: CommandSpec, flags: Record<string, FlagSpec>, parsed: Parsed): { input: string[]; flags: Flags } {
  for (const name of parsed.given) {
    const known = flags[name] ?? flags[camel(name)] ?? (name === "help" || name === "version" || Object.values(flags).some((f) => f.shortFlag === name));
    if (!known) fail("usage", `unknown option ${name.length === 1 ? "-" : "--"}${kebab(name)} for cairn ${spec.name}; see cairn ${spec.name} --help`);
  }
  if (parsed.repeated.length > 0) fail("usage", `--${kebab(parsed.repeated[0]!)} is given more than once`);
  for (const name in parsed.flags) {
    if (parsed.flags[name] === "" && flags[name]?.type === "string") fail("usage", `--${kebab(name)} needs a value`);
  }
  const [min, max] = spec.arity;
  const n = parsed.input.length;
  if (n < min || n > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    fail("usage", `cairn ${spec.name} takes ${expected} argument${max === 1 ? "" : "s"}${spec.args ? ` (${spec.args})` : ""}, got ${n}; see cairn ${spec.name} --help`);
  }
  return { input: parsed.input, flags: parsed.flags };
}
