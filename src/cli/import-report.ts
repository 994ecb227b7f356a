/** What every `cairn import <agent>` shows: a progress bar on a terminal, then one summary line. */
import type { Invocation } from "./types.ts";

/** A progress bar on stderr when it is a terminal (nothing otherwise). */
export function progressBar(what: string): ((done: number, total: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${what}`);
    if (done === total) process.stderr.write("\n");
  };
}

export interface ImportCounts {
  files: number;
  sessions: number;
  messages: number;
  updated: number;
  skipped: Record<string, number>;
}

export function reportImport(cli: Invocation, summary: ImportCounts, what: string): void {
  const skipped = Object.entries(summary.skipped).sort(([a], [b]) => a.localeCompare(b));
  const skippedText = skipped.length ? ` (skipped: ${skipped.map(([k, v]) => `${v} ${k}`).join(", ")})` : "";
  if (cli.format === "json") cli.write(JSON.stringify(summary) + "\n");
  else cli.write(`imported ${summary.messages} messages into ${summary.sessions} sessions from ${summary.files} ${what}, ${summary.updated} tool calls completed${skippedText}\n`);
}
