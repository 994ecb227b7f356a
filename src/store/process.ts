/**
 * Is a process cairn recorded still there: a Claude Code that hooks reported (CLAUDE_PID), a
 * supervisor that `cairn run` started? Readers ask when they show a session, so a session whose
 * process is gone never shows live. A pid alone can be handed to another program after its
 * process exits, so what identifies it is kept beside it: its start time (Linux:
 * /proc/<pid>/stat), or a word its command line holds (a supervisor's session id). A zombie no
 * parent reaped is gone too. Where /proc is missing, a signal-0 probe is all there is.
 */

/** What identifies the process recorded as a pid, beyond the pid. */
export interface ProcessIdentity {
  /** Its start time as `processStart` read it when it was recorded (null: unknown). */
  start?: string | null;
  /** A word its command line holds. */
  marker?: string;
}

// Loaded when first needed: the hook's hot path imports this module, and node:fs costs milliseconds to load.
const fs = () => require("node:fs") as typeof import("node:fs");

/** The fields of /proc/<pid>/stat after the name (which may hold spaces and parentheses), or undefined. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = fs().readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

const hasProc = (): boolean => fs().existsSync("/proc/self/stat");

/** The process's start time in clock ticks since boot, where the system tells it (Linux). */
export const processStart = (pid: number): string | null => statFields(pid)?.[19] ?? null;

/** Whether the process recorded as `pid` is still running and still the one `identity` describes. */
export function processAlive(pid: number, identity: ProcessIdentity = {}): boolean {
  if (!hasProc()) {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "EPERM"; // it exists but belongs to someone else
    }
  }
  const fields = statFields(pid);
  if (!fields || fields[0] === "Z") return false;
  if (identity.start != null && fields[19] !== identity.start) return false;
  if (identity.marker !== undefined) {
    try {
      return fs().readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(identity.marker);
    } catch {
      return false;
    }
  }
  return true;
}

/** Another live process whose command line names `word` (a Claude Code session id), if one exists. */
export function processNaming(word: string, except: readonly number[] = []): number | undefined {
  if (!hasProc()) return undefined;
  for (const entry of fs().readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid || except.includes(pid)) continue;
    if (processAlive(pid, { marker: word })) return pid;
  }
  return undefined;
}
