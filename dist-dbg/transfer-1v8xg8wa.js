// @bun
import {
  fail,
  decodeUtf8,
  readStdin,
  stringFlag,
  eventFilter
} from "./cli-g5ebnejy.js";

// src/cli/handlers/transfer.ts
var transfer = () => import("./transfer-ygfwdyrj.js");
var MAX_IMPORT_BYTES = 2147483648;
async function readImport(source) {
  if (source === "-")
    return readStdin("import", MAX_IMPORT_BYTES);
  const file = Bun.file(source);
  if (!await file.exists())
    fail("not_found", `no file ${source}`);
  return decodeUtf8(source, new Uint8Array(await file.arrayBuffer()));
}
async function exportLog(cli) {
  const { exportEvents } = await transfer();
  const lines = exportEvents(cli.store(), eventFilter(cli));
  const out = stringFlag(cli, "out");
  if (out === undefined) {
    for (const line of lines)
      cli.write(line + `
`);
    return;
  }
  const { createWriteStream } = await import("fs");
  const file = createWriteStream(out, { mode: 384 });
  for (const line of lines)
    if (!file.write(line + `
`))
      await new Promise((r) => file.once("drain", r));
  await new Promise((resolve, reject) => file.end((error) => error ? reject(error) : resolve()));
}
async function importLog(cli) {
  const { importEvents } = await transfer();
  const text = await readImport(cli.input[0]);
  const result = importEvents({ store: cli.store(), actor: cli.actor }, text.split(`
`));
  if (cli.format === "json")
    cli.write(JSON.stringify(result) + `
`);
  else
    cli.write(`imported ${result.added} events (${result.duplicates} already present) from ${result.lines} lines
`);
}
export {
  exportLog,
  importLog
};
