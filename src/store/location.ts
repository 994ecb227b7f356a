/** Where the database lives: --db, else $CAIRN_DB, else $XDG_DATA_HOME/cairn/cairn.db. */
export function resolveDbPath(flag: string | undefined, env: Record<string, string | undefined> = process.env): { path: string; isDefault: boolean } {
  if (flag) return { path: flag, isDefault: false };
  if (env.CAIRN_DB) return { path: env.CAIRN_DB, isDefault: false };
  const dataHome = env.XDG_DATA_HOME || `${homeDirectory(env)}/.local/share`;
  return { path: `${dataHome.replace(/\/+$/, "")}/cairn/cairn.db`, isDefault: true };
}

/** The directory part of a path (what node:path's dirname gives, without loading it). */
export function directoryOf(path: string): string {
  const cut = path.replace(/\/+$/, "").lastIndexOf("/");
  return cut < 0 ? "." : cut === 0 ? "/" : path.slice(0, cut);
}

/** The user's home: node:os costs ~2 ms to load, so $HOME first (set wherever cairn runs). */
export const homeDirectory = (env: Record<string, string | undefined> = process.env): string =>
  env.HOME || (require("node:os") as typeof import("node:os")).homedir();
