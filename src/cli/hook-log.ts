import { directoryOf } from "../store/location.ts";

/** Hooks must never disturb the agent: their problems go to hook-errors.log beside the database. */
export function logHookFailure(dbPath: string, message: string): void {
  const line = `${new Date().toISOString()} ${message.replace(/\n/g, " ")}\n`;
  try {
    const { appendFileSync } = require("node:fs") as typeof import("node:fs");
    appendFileSync(`${directoryOf(dbPath)}/hook-errors.log`, line, { mode: 0o600 });
  } catch {
    process.stderr.write(`cairn hook: ${line}`);
  }
}
