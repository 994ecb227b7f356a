import { homedir } from "node:os";
import { join } from "node:path";

/** Where the database lives: --db, else $CAIRN_DB, else $XDG_DATA_HOME/cairn/cairn.db. */
export function resolveDbPath(flag: string | undefined, env: Record<string, string | undefined> = process.env): { path: string; isDefault: boolean } {
  if (flag) return { path: flag, isDefault: false };
  if (env.CAIRN_DB) return { path: env.CAIRN_DB, isDefault: false };
  const dataHome = env.XDG_DATA_HOME || join(homedir(), ".local", "share");
  return { path: join(dataHome, "cairn", "cairn.db"), isDefault: true };
}
