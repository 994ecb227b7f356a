import { fail } from "../../domain/errors.ts";
import { directoryOf } from "../../store/location.ts";
import { fileLines } from "../file-lines.ts";
import { eventFilter, stringFlag } from "../input.ts";
import { flushOut, LineWriter, writeAllSync, writeFailure } from "../output.ts";
import { writeFileSafely } from "../out-file.ts";
import type { Invocation } from "../types.ts";

// Read-side modules load drizzle (~15 ms): imported inside the handlers that read, so
// `event add` and friends (run by hooks on every tool call) start fast.
const transfer = () => import("../../commands/transfer.ts");

export async function exportLog(cli: Invocation) {
  const { exportEvents } = await transfer();
  const store = cli.store();
  const filter = eventFilter(cli);
  const out = stringFlag(cli, "out");
  if (out === undefined) {
    // A piece at a time, waiting for each: a reader that stops (`| head -1`) stops the export.
    const writer = new LineWriter(cli.write);
    for (const line of exportEvents(store, filter)) if (writer.line(line)) await flushOut();
    writer.flush();
    return;
  }
  writeFileSafely(out, cli.dbPath, cli.flags.force === true, (write) => {
    const writer = new LineWriter(write);
    for (const line of exportEvents(store, filter)) writer.line(line);
    writer.flush();
  });
}

/**
 * Copies stdin to a user-only temporary file beside the database, in pieces: an import is
 * read twice (checked, then written) and stdin can be read only once.
 */
async function stdinToFile(dbPath: string): Promise<string> {
  const fs = await import("node:fs");
  const temp = `${directoryOf(dbPath)}/.cairn-import-${process.pid}.tmp`;
  let fd: number;
  try {
    fd = fs.openSync(temp, "w", 0o600);
  } catch (error) {
    throw writeFailure(`a temporary copy of stdin (${temp})`, error);
  }
  try {
    for await (const chunk of Bun.stdin.stream()) writeAllSync(fd, chunk);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw writeFailure(`a temporary copy of stdin (${temp})`, error);
  } finally {
    fs.closeSync(fd);
  }
  return temp;
}

export async function importLog(cli: Invocation) {
  const { importEvents } = await transfer();
  const source = cli.input[0]!;
  const fs = await import("node:fs");
  if (source !== "-") {
    const stat = fs.statSync(source, { throwIfNoEntry: false });
    if (!stat) fail("not_found", `no file ${source}`);
    if (stat!.isDirectory()) fail("invalid", `${source} is a directory, not a file`);
  }
  const store = cli.store();
  const path = source === "-" ? await stdinToFile(cli.dbPath) : source;
  try {
    const what = source === "-" ? "stdin" : source;
    const result = importEvents({ store, actor: cli.actor }, () => fileLines(path, what));
    if (cli.format === "json") cli.write(JSON.stringify(result) + "\n");
    else cli.write(`imported ${result.added} events (${result.duplicates} already present) from ${result.lines} lines\n`);
  } finally {
    if (path !== source) fs.rmSync(path, { force: true });
  }
}
