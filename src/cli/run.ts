/** Runs one parsed command and ends the process with its exit status: shared by the hot entry and the full CLI. */
import { CairnError, exitCodeOf, fail } from "../domain/errors.ts";
import { FORMATS, type Format } from "../format/formats.ts";
import { resolveDbPath } from "../store/location.ts";
import { storageError, type OpenOptions } from "../store/open.ts";
import { spoolPending, type Replayer } from "../store/spool.ts";
import { Store } from "../store/store.ts";
import { flushOut, writeErr, writeOut } from "./output.ts";
import type { Flags } from "./parse-flags.ts";
import type { CommandSpec, Invocation } from "./types.ts";

/** The full CLI's replayers of spooled writes (spool-replayers.ts); hot bundles go to the full CLI when the spool holds something. */
export type SpoolReplayers = () => Promise<{ SPOOL_REPLAYERS: Record<string, Replayer>; replayFailure(dbPath: string): (name: string, error: unknown) => void }>;

export async function runCommand(spec: CommandSpec, input: string[], flags: Flags, replayers?: SpoolReplayers): Promise<number | void> {
  const format = (flags.format ?? "table") as Format;
  if (!FORMATS.includes(format)) fail("usage", `unknown format ${JSON.stringify(format)}: use ${FORMATS.join(", ")}`);
  const location = resolveDbPath(flags.db as string | undefined);
  let store: Store | undefined;
  // Writes that waited in the spool are replayed by this process's first write (store/spool.ts).
  const spool = replayers && spoolPending(location.path) ? await replayers() : undefined;
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
  } catch (error) {
    // SQLite's failures on reads too (a table dropped by hand) become one line naming the file.
    throw storageError(error, location.path);
  } finally {
    store?.close();
  }
}

/** Maps what a command did to the exit status (errors to one line on stderr) and exits. */
export function finish(result: Promise<number | void>): void {
  result
    // Output counts as done only when it is out: a full disk is an error like any other.
    .then(async (code) => (await flushOut(), code))
    .then(
      (code) => {
        process.exitCode = typeof code === "number" ? code : 0;
      },
      async (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        // Errors often quote input (ids, paths, payloads): shown inert, never acted on by the terminal.
        const { inertLine } = await import("../format/inert.ts");
        const line = inertLine(message.replace(/\s*\n\s*/g, " "));
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
}
