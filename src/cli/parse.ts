import { fail } from "../domain/errors.ts";
import { kebab } from "./flags.ts";
import { checkParsed, commandPositions, flagsOf, parseCommon, type Flags, type Parsed } from "./parse-flags.ts";
import { COMMANDS, GROUPS } from "./registry.ts";
import type { CommandSpec, FlagSpec } from "./types.ts";
import pkg from "../../package.json" with { type: "json" };

const subcommands = (group: string) =>
  COMMANDS.filter((c) => c.name.startsWith(`${group} `))
    .map((c) => c.name.split(" ")[1])
    .join(", ");

/** Finds the command words among the arguments (global flags may come before them). */
export function findCommand(argv: string[]): { spec?: CommandSpec; group?: string; rest: string[] } {
  const positions = commandPositions(argv, (word) => GROUPS.includes(word));
  const words = positions.map((i) => argv[i]!);
  const drop = (n: number) => argv.filter((_, i) => !positions.slice(0, n).includes(i));
  if (words.length === 0) return { spec: COMMANDS.find((c) => c.name === "ui"), rest: argv };
  const [first, second] = words;
  if (GROUPS.includes(first!)) {
    const spec = COMMANDS.find((c) => c.name === `${first} ${second}`);
    if (spec) return { spec, rest: drop(2) };
    // `import <FILE>` is a command of its own beside `import claude`.
    const single = COMMANDS.find((c) => c.name === first);
    if (single) return { spec: single, rest: drop(1) };
    if (argv.includes("--help")) return { group: first, rest: argv };
    return fail("usage", second === undefined ? `cairn ${first} needs a command: ${subcommands(first!)}` : `unknown command: cairn ${first} ${second} (try ${subcommands(first!)})`);
  }
  const spec = COMMANDS.find((c) => c.name === first);
  if (!spec) return fail("usage", `unknown command ${JSON.stringify(first)}; see cairn --help`);
  return { spec, rest: drop(1) };
}

/** yargs reads `--payload -` as an empty flag and a stray `-`; `--payload=-` is what we mean. */
function joinStdinValues(argv: string[], flags: Record<string, FlagSpec>): string[] {
  const stringFlags = new Set(Object.entries(flags).filter(([, f]) => f.type === "string").map(([name]) => `--${kebab(name)}`));
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (stringFlags.has(argv[i]!) && argv[i + 1] === "-") out.push(`${argv[i++]}=-`);
    else out.push(argv[i]!);
  }
  return out;
}

/** `--help` / `-h` anywhere before `--`: meow shows help only when it is the sole argument. */
const asksForHelp = (argv: string[]): boolean => {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === "--help" || a === "-h");
};

async function parseWithMeow(spec: CommandSpec, argv: string[], flags: Record<string, FlagSpec>): Promise<Parsed> {
  const [{ default: meow }, { commandHelp }] = await Promise.all([import("meow"), import("./help.ts")]);
  // Given alone, meow prints the command's help and exits 0 (`cairn --db X session list --help`).
  if (asksForHelp(argv)) argv = ["--help"];
  let cli;
  try {
    cli = meow(commandHelp(spec), {
      importMeta: import.meta,
      argv: joinStdinValues(argv, flags),
      pkg: { name: "cairn", version: pkg.version },
      description: false,
      allowUnknownFlags: true,
      // meow defaults unset booleans to false; `--no-x` flags need true as their default.
      flags: Object.fromEntries(Object.entries(flags).map(([name, f]) => [name, { type: f.type, shortFlag: f.shortFlag, ...(f.defaultOn ? { default: true } : {}) }])) as never,
    });
  } catch (error) {
    return fail("usage", String((error as Error).message).split("\n")[0]!);
  }
  const values = cli.flags as Flags;
  return {
    input: cli.input.map(String),
    flags: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v])),
    given: Object.keys(cli.unnormalizedFlags),
    repeated: Object.entries(values).filter(([, v]) => Array.isArray(v)).map(([k]) => k),
  };
}

/** Parses a command's arguments and checks them against its flag table and arity. */
export async function parseArgs(spec: CommandSpec, argv: string[]): Promise<{ input: string[]; flags: Flags }> {
  const flags = flagsOf(spec);
  return checkParsed(spec, flags, parseCommon(argv, flags) ?? (await parseWithMeow(spec, argv, flags)));
}
