import { existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * Whether process `pid` is alive and still the one we mean (its command line contains
 * `marker`): a dead supervisor's pid may have been handed to another program, and a zombie
 * no parent reaped is dead too. Where /proc is missing, a signal-0 probe is all we have.
 */
export function processAlive(pid: number, marker: string): boolean {
  if (existsSync("/proc/self/stat")) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) return false;
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(marker);
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Another live process whose command line names `word` (a Claude Code session id), if one exists. */
export function processNaming(word: string, except: readonly number[] = []): number | undefined {
  if (!existsSync("/proc/self/cmdline")) return undefined;
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid || except.includes(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(word) && processAlive(pid, word)) return pid;
    } catch {}
  }
  return undefined;
}
