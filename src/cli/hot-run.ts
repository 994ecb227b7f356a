/**
 * A hot command run from its own bundle (hot/*.ts): the command line parsed by the common parser
 * and checked against the command's flags exactly as the full CLI checks it, so both give the
 * same usage errors. Anything the bundle does not carry goes to the full CLI instead: help, a
 * shape only meow parses, a hook's --install/--uninstall, and writes waiting in the spool (every
 * harness's replayer lives there, and the spool is replayed before anything else is written).
 */
import { resolveDbPath } from "../store/location.ts";
import { spoolPending } from "../store/spool.ts";
import { checkParsed, flagsOf, parseCommon } from "./parse-flags.ts";
import { finish, runCommand } from "./run.ts";
import type { CommandSpec } from "./types.ts";

/** Runs the command and ends the process; undefined: the full CLI must run this command line. */
export type HotPrepare = (args: string[]) => (() => void) | undefined;

/** `args`: the command line without the command's words (global flags may have come before them). */
export function hotRunner(spec: CommandSpec): HotPrepare {
  const flags = flagsOf(spec);
  return (args) => {
    const parsed = parseCommon(args, flags);
    if (!parsed || parsed.flags.install === true || parsed.flags.uninstall === true) return undefined;
    if (spoolPending(resolveDbPath(parsed.flags.db as string | undefined).path)) return undefined;
    return () =>
      finish(
        (async () => {
          const checked = checkParsed(spec, flags, parsed);
          return runCommand(spec, checked.input, checked.flags);
        })(),
      );
  };
}
