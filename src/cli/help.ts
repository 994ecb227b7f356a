import { GLOBAL_FLAGS, kebab } from "./flags.ts";
import { COMMANDS } from "./registry.ts";
import type { CommandSpec, FlagSpec } from "./types.ts";


const flagLines = (flags: Record<string, FlagSpec>): string[] => {
  const rows = Object.entries(flags).map(([name, f]) => [`--${f.defaultOn ? "no-" : ""}${kebab(name)}${f.value ? ` ${f.value}` : ""}${f.shortFlag ? `, -${f.shortFlag}` : ""}`, f.description] as const);
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`);
};

const usage = (c: CommandSpec) => `cairn ${c.name}${c.args ? ` ${c.args}` : ""}`;

/** Help for one command: usage, what it does, its flags, then the global ones. */
export function commandHelp(c: CommandSpec): string {
  const own = Object.keys(c.flags).length ? ["", "Options", ...flagLines(c.flags)] : [];
  const globals = flagLines({ ...GLOBAL_FLAGS, help: { type: "boolean", description: "show this help" } });
  return [`Usage: ${usage(c)}`, "", c.summary, ...own, "", "Global options", ...globals, ...(c.notes?.length ? ["", ...c.notes] : [])].join("\n");
}

/** The overview: every command on one line each. */
export function overviewHelp(group?: string): string {
  const list = COMMANDS.filter((c) => !c.hidden && (!group || c.name.startsWith(`${group} `)));
  const width = Math.max(...list.map((c) => usage(c).length));
  return [
    "cairn — watch and steer many AI coding agents from one terminal",
    "",
    `Usage: cairn ${group ?? "<command>"} [options]`,
    "",
    "Commands",
    ...list.map((c) => `  ${usage(c).padEnd(width)}  ${c.summary}`),
    "",
    "Global options",
    ...flagLines({
      ...GLOBAL_FLAGS,
      help: { type: "boolean", description: "show help (also after any command: cairn event add --help)" },
      version: { type: "boolean", description: "print the version" },
    }),
    "",
    "Exit codes: 0 success, 1 domain or runtime error, 2 usage error.",
    "Text arguments given as - are read from stdin.",
  ].join("\n");
}
