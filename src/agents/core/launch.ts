import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { resolve } from "node:path";
import { directoryOf } from "../../store/location.ts";

/** The command word of the supervisor process; its command line names it with the session id. */
export const SUPERVISE_COMMAND = "supervise";

/**
 * Starts `cairn supervise <session>` as its own process: a new session and process group
 * (setsid), no terminal, stdio to `supervisor.log` beside the database. Quitting the UI or
 * closing the shell that started it does not stop it. Returns its pid.
 */
export function spawnSupervisor(dbPath: string, session: string, cli: string = Bun.main): number {
  const log = openSync(`${directoryOf(resolve(dbPath))}/supervisor.log`, "a", 0o600);
  try {
    const child = spawn(process.execPath, [cli, "--db", resolve(dbPath), SUPERVISE_COMMAND, session], {
      detached: true,
      stdio: ["ignore", log, log],
      env: process.env,
    });
    child.unref();
    if (child.pid === undefined) throw new Error("the supervisor process did not start");
    return child.pid;
  } finally {
    closeSync(log);
  }
}
