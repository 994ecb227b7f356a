#!/usr/bin/env bun
/** cairn's command line: find the command, parse its flags with meow, run it, map errors to exit codes. */
import meow from "meow";
import { CairnError, exitCodeOf, fail } from "./domain/errors.ts";
import { FORMATS, type Format } from "./format/records.ts";
import { GLOBAL_FLAGS } from "./cli/flags.ts";
import { commandHelp, overviewHelp } from "./cli/help.ts";
import { COMMANDS, GROUPS } from "./cli/registry.ts";
import type { CommandSpec, FlagSpec, Invocation } from "./cli/types.ts";
import { resolveDbPath } from "./store/location.ts";
import { Store } from "./store/store.ts";
import pkg from "../package.json" with { type: "json" };

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const VALUE_FLAGS = new Set(Object.keys(GLOBAL_FLAGS).map((f) => `--${f}`));

/** Finds the command words among the arguments (global flags may come before them). */
function findCommand(argv: string[]): { spec?: CommandSpec; group?: string; rest: string[] } {
  const positions: number[] = [];
  for (let i = 0; i < argv.length && positions.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg.startsWith("-") && arg !== "-") {
      if (VALUE_FLAGS.has(arg)) i++;
      continue;
    }
    positions.push(i);
    if (!GROUPS.includes(arg)) break;
  }
  const words = positions.map((i) => argv[i]!);
  const drop = (n: number) => argv.filter((_, i) => !positions.slice(0, n).includes(i));
  if (words.length === 0) return { spec: COMMANDS.find((c) => c.name === "ui"), rest: argv };
  const [first, second] = words;
  if (GROUPS.includes(first!)) {
    const spec = COMMANDS.find((c) => c.name === `${first} ${second}`);
    if (spec) return { spec, rest: drop(2) };
    if (argv.includes("--help")) return { group: first, rest: argv };
    return fail("usage", second === undefined ? `cairn ${first} needs a command: ${subcommands(first!)}` : `unknown command: cairn ${first} ${second} (try ${subcommands(first!)})`);
  }
  const spec = COMMANDS.find((c) => c.name === first);
  if (!spec) return fail("usage", `unknown command ${JSON.stringify(first)}; see cairn --help`);
  return { spec, rest: drop(1) };
}

const subcommands = (group: string) =>
  COMMANDS.filter((c) => c.name.startsWith(`${group} `))
    .map((c) => c.name.split(" ")[1])
    .join(", ");

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

function parse(spec: CommandSpec, argv: string[]) {
  const flags = { ...GLOBAL_FLAGS, ...spec.flags };
  const known = new Set(["help", "version", ...Object.keys(flags), ...Object.keys(flags).map(kebab)]);
  for (const f of Object.values(flags)) if (f.shortFlag) known.add(f.shortFlag);
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
  for (const name of Object.keys(cli.unnormalizedFlags)) {
    if (!known.has(name)) fail("usage", `unknown option ${name.length === 1 ? "-" : "--"}${name} for cairn ${spec.name}; see cairn ${spec.name} --help`);
  }
  for (const [name, value] of Object.entries(cli.flags)) {
    if (Array.isArray(value)) fail("usage", `--${kebab(name)} is given more than once`);
    if (value === "" && flags[name]?.type === "string") fail("usage", `--${kebab(name)} needs a value`);
  }
  const input = cli.input.map(String);
  const [min, max] = spec.arity;
  if (input.length < min || input.length > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    fail("usage", `cairn ${spec.name} takes ${expected} argument${max === 1 ? "" : "s"}${spec.args ? ` (${spec.args})` : ""}, got ${input.length}; see cairn ${spec.name} --help`);
  }
  return { input, flags: cli.flags as Record<string, string | boolean | undefined> };
}

async function main(argv: string[]): Promise<number | void> {
  if (argv[0] === "--version" || argv[0] === "-v") return void process.stdout.write(`${pkg.version}\n`);
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help")) return void process.stdout.write(overviewHelp() + "\n");
  const { spec, group, rest } = findCommand(argv);
  if (!spec) return void process.stdout.write(overviewHelp(group) + "\n");
  const { input, flags } = parse(spec, rest);
  const format = (flags.format ?? "table") as Format;
  if (!FORMATS.includes(format)) fail("usage", `unknown format ${JSON.stringify(format)}: use ${FORMATS.join(", ")}`);
  const location = resolveDbPath(flags.db as string | undefined);
  let store: Store | undefined;
  const invocation: Invocation = {
    input,
    flags,
    format,
    dbPath: location.path,
    dbIsDefault: location.isDefault,
    actor: process.env.CAIRN_ACTOR || `cli:${process.env.USER || "user"}`,
    store: () => (store ??= Store.open(location.path, { createDir: location.isDefault })),
    write: (text) => void process.stdout.write(text),
  };
  try {
    return await spec.run(invocation);
  } finally {
    store?.close();
  }
}

// A reader that went away (`cairn event list | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = typeof code === "number" ? code : 0;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const line = message.replace(/\s*\n\s*/g, " ");
    if (error instanceof CairnError) {
      process.stderr.write(`cairn: ${line}\n`);
      process.exitCode = exitCodeOf(error.code);
    } else {
      process.stderr.write(`cairn: unexpected error: ${line}\n`);
      if (process.env.CAIRN_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  },
);
