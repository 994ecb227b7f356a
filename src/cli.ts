#!/usr/bin/env bun
/** cairn's command line: find the command, parse its flags, run it, map errors to exit codes. */
import { CairnError, exitCodeOf, fail } from "./domain/errors.ts";
import { FORMATS, type Format } from "./format/formats.ts";
import { findCommand, parseArgs } from "./cli/parse.ts";
import { flushOut, writeErr, writeOut } from "./cli/output.ts";
import type { Invocation } from "./cli/types.ts";
import { resolveDbPath } from "./store/location.ts";
import type { OpenOptions } from "./store/open.ts";
import { spoolPending } from "./store/spool.ts";
import { Store } from "./store/store.ts";
import pkg from "../package.json" with { type: "json" };

async function main(argv: string[]): Promise<number | void> {
  if (argv[0] === "--version" || argv[0] === "-v") return writeOut(`${pkg.version}\n`);
  const overview = async (group?: string) => writeOut((await import("./cli/help.ts")).overviewHelp(group) + "\n");
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help")) return overview();
  const { spec, group, rest } = findCommand(argv);
  if (!spec) return overview(group);
  const { input, flags } = await parseArgs(spec, rest);
  const format = (flags.format ?? "table") as Format;
  if (!FORMATS.includes(format)) fail("usage", `unknown format ${JSON.stringify(format)}: use ${FORMATS.join(", ")}`);
  const location = resolveDbPath(flags.db as string | undefined);
  let store: Store | undefined;
  // Writes that waited in the spool are replayed by this process's first write (store/spool.ts).
  const spool = spoolPending(location.path) ? await import("./cli/spool-replayers.ts") : undefined;
  const open = (options?: OpenOptions): Store => {
    const opened = Store.open(location.path, { createDir: location.isDefault, ...options });
    if (spool) {
      opened.replayers = spool.SPOOL_REPLAYERS;
      opened.onReplayFailure = spool.replayFailure(location.path);
    }
    return opened;
  };
  const invocation: Invocation = {
    input,
    flags,
    format,
    dbPath: location.path,
    dbIsDefault: location.isDefault,
    actor: process.env.CAIRN_ACTOR || `cli:${process.env.USER || "user"}`,
    store: (options) => (store ??= open(options)),
    write: writeOut,
  };
  try {
    return await spec.run(invocation);
  } finally {
    store?.close();
  }
}

main(process.argv.slice(2))
  // Output counts as done only when it is out: a full disk is an error like any other.
  .then(async (code) => (await flushOut(), code))
  .then(
    (code) => {
      process.exitCode = typeof code === "number" ? code : 0;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const line = message.replace(/\s*\n\s*/g, " ");
      if (error instanceof CairnError) {
        writeErr(`cairn: ${line}\n`);
        process.exitCode = exitCodeOf(error.code);
      } else {
        writeErr(`cairn: unexpected error: ${line}\n`);
        if (process.env.CAIRN_DEBUG) console.error(error);
        process.exitCode = 1;
      }
    },
  )
  // Exit as soon as output is out, instead of waiting for the runtime to wind down by itself.
  .then(() => process.exit());
