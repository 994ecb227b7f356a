import { fail } from "../../domain/errors.ts";
import { decodeUtf8 } from "../../domain/text.ts";
import { eventFilter, readStdin, stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

// Read-side modules load drizzle (~15 ms): imported inside the handlers that read, so
// `event add` and friends (run by hooks on every tool call) start fast.
const transfer = () => import("../../commands/transfer.ts");

/** Imports are read whole (they commit in one transaction anyway); this caps memory. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024 * 1024;

async function readImport(source: string): Promise<string> {
  if (source === "-") return readStdin("import", MAX_IMPORT_BYTES);
  const file = Bun.file(source);
  if (!(await file.exists())) fail("not_found", `no file ${source}`);
  return decodeUtf8(source, new Uint8Array(await file.arrayBuffer()));
}

export async function exportLog(cli: Invocation) {
  const { exportEvents } = await transfer();
  const lines = exportEvents(cli.store(), eventFilter(cli));
  const out = stringFlag(cli, "out");
  if (out === undefined) {
    for (const line of lines) cli.write(line + "\n");
    return;
  }
  const { createWriteStream } = await import("node:fs");
  const file = createWriteStream(out, { mode: 0o600 });
  for (const line of lines) if (!file.write(line + "\n")) await new Promise((r) => file.once("drain", r));
  await new Promise<void>((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

export async function importLog(cli: Invocation) {
  const { importEvents } = await transfer();
  const text = await readImport(cli.input[0]!);
  const result = importEvents({ store: cli.store(), actor: cli.actor }, text.split("\n"));
  if (cli.format === "json") cli.write(JSON.stringify(result) + "\n");
  else cli.write(`imported ${result.added} events (${result.duplicates} already present) from ${result.lines} lines\n`);
}
