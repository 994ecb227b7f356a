// @bun
import {
  GLOBAL_FLAGS,
  COMMANDS
} from "./cli-g5ebnejy.js";

// src/cli/help.ts
var kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
var flagLines = (flags) => {
  const rows = Object.entries(flags).map(([name, f]) => [`--${f.defaultOn ? "no-" : ""}${kebab(name)}${f.value ? ` ${f.value}` : ""}${f.shortFlag ? `, -${f.shortFlag}` : ""}`, f.description]);
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`);
};
var usage = (c) => `cairn ${c.name}${c.args ? ` ${c.args}` : ""}`;
function commandHelp(c) {
  const own = Object.keys(c.flags).length ? ["", "Options", ...flagLines(c.flags)] : [];
  return [`Usage: ${usage(c)}`, "", c.summary, ...own, "", "Global options", ...flagLines(GLOBAL_FLAGS), "  --help  show this help", ...c.notes?.length ? ["", ...c.notes] : []].join(`
`);
}
function overviewHelp(group) {
  const list = COMMANDS.filter((c) => !group || c.name.startsWith(`${group} `));
  const width = Math.max(...list.map((c) => usage(c).length));
  return [
    "cairn \u2014 watch and steer many AI coding agents from one terminal",
    "",
    `Usage: cairn ${group ?? "<command>"} [options]`,
    "",
    "Commands",
    ...list.map((c) => `  ${usage(c).padEnd(width)}  ${c.summary}`),
    "",
    "Global options",
    ...flagLines(GLOBAL_FLAGS),
    "  --help             show help (also after any command)",
    "  --version          print the version",
    "",
    "Exit codes: 0 success, 1 domain or runtime error, 2 usage error.",
    "Text arguments given as - are read from stdin."
  ].join(`
`);
}
export {
  commandHelp,
  overviewHelp
};
