/**
 * Is an agent's process still there? A pid alone can be reused by another program after the
 * agent exits, so its start time (Linux: /proc/<pid>/stat) is kept beside it and compared.
 */

/** The process's start time in clock ticks since boot, where the system tells it (Linux). */
export function processStart(pid: number): string | null {
  try {
    // Loaded here: the hook's hot path imports this module, and node:fs costs milliseconds to load.
    const { readFileSync } = require("node:fs") as typeof import("node:fs");
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2 (the name) may hold spaces and parentheses: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the process recorded as `pid` (started at `start`, when known) is still running. */
export function processAlive(pid: number, start: string | null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  if (start === null) return true;
  const now = processStart(pid);
  return now === null || now === start;
}
