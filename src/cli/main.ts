/** The full CLI: every command, help and meow's parser. The entry (../cli.ts) loads it for all but the hot commands. */
import { findCommand, parseArgs } from "./parse.ts";
import { writeOut } from "./output.ts";
import { finish, runCommand } from "./run.ts";
import pkg from "../../package.json" with { type: "json" };

async function main(argv: string[]): Promise<number | void> {
  if (argv[0] === "--version" || argv[0] === "-v") return writeOut(`${pkg.version}\n`);
  const overview = async (group?: string) => writeOut((await import("./help.ts")).overviewHelp(group) + "\n");
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help")) return overview();
  const { spec, group, rest } = findCommand(argv);
  if (!spec) return overview(group);
  const { input, flags } = await parseArgs(spec, rest);
  return runCommand(spec, input, flags, () => import("./spool-replayers.ts"));
}

export const runCli = (argv: string[]): void => finish(main(argv));
