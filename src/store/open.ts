import { Database } from "bun:sqlite";
import { CairnError, fail } from "../domain/errors.ts";
import { directoryOf } from "./location.ts";
import { isCurrent, migrate, refuseForeignDatabase } from "./migrate.ts";

export interface OpenOptions {
  /** Create the parent directory (user-only) if missing: only for the default location. */
  createDir?: boolean;
  /** How long a writer waits for another's lock before giving up. */
  busyTimeoutMs?: number;
  /** Open for reading only (`db check` of a read-only file): no migration, no WAL change. */
  readonly?: boolean;
}

export const DEFAULT_BUSY_TIMEOUT_MS = Number(process.env.CAIRN_BUSY_TIMEOUT_MS) || 5_000;

/** Opens (creating if needed) a cairn database: pragmas, then pending migrations. */
export function openDatabase(path: string, options: OpenOptions = {}): { sqlite: Database; migrated: boolean } {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  if (options.readonly) return { sqlite: openReadOnly(path), migrated: false };
  let sqlite = openExisting(path);
  try {
    if (!sqlite) {
      prepareFile(path, options.createDir ?? false);
      sqlite = new Database(path, { create: true, readwrite: true, strict: true });
    }
    // journal_size_limit: after a checkpoint the WAL file shrinks back instead of staying at its peak.
    sqlite.run(`PRAGMA busy_timeout = ${busyTimeoutMs}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA journal_size_limit = ${16 * 1024 * 1024}`);
    // WAL mode is stored in the file: only a database that is not yet current needs it set.
    let migrated = false;
    if (!isCurrent(sqlite, path)) {
      // Before anything changes the file: another program's database is left exactly as it was.
      refuseForeignDatabase(sqlite, path);
      setWal(sqlite, busyTimeoutMs);
      migrated = migrate(sqlite, path);
    }
    return { sqlite, migrated };
  } catch (error) {
    sqlite?.close();
    throw storageError(error, path, busyTimeoutMs);
  }
}

/** A read-only connection that changes nothing (no migration, no WAL change). */
function openReadOnly(path: string): Database {
  let sqlite: Database | undefined;
  try {
    sqlite = new Database(path, { readonly: true, strict: true });
    if (!isCurrent(sqlite, path)) fail("storage", `database ${path} needs upgrading to this cairn's schema: open it once with write access`);
    return sqlite;
  } catch (error) {
    sqlite?.close();
    throw storageError(error, path);
  }
}

/** The common case, an existing file: opened without the checks a new one needs. */
function openExisting(path: string): Database | undefined {
  try {
    return new Database(path, { create: false, readwrite: true, strict: true });
  } catch {
    return undefined; // missing, a directory, unreadable: prepareFile says which
  }
}

/** Checks the place for a new database and creates the file user-only. */
function prepareFile(path: string, createDir: boolean): void {
  // Loaded here, not at start-up: only a new or broken database needs node:fs.
  const { closeSync, lstatSync, mkdirSync, openSync, readlinkSync, statSync } = require("node:fs") as typeof import("node:fs");
  const dir = directoryOf(path);
  // A link to a place that does not exist: say so, and never create directories for it.
  if (lstatSync(path, { throwIfNoEntry: false })?.isSymbolicLink() && !statSync(path, { throwIfNoEntry: false })) {
    const target = readlinkSync(path);
    const resolved = target.startsWith("/") ? target : `${dir}/${target}`;
    if (!statSync(directoryOf(resolved), { throwIfNoEntry: false })?.isDirectory()) fail("storage", `cannot create database ${path}: it links to ${target}, whose directory does not exist`);
    // Create the file the link points to ourselves, user-only like any new database (SQLite would use the umask).
    try {
      closeSync(openSync(resolved, "wx", 0o600));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") fail("storage", `cannot create database ${path}: ${target} cannot be created (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  if (createDir) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const dirStat = statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) fail("storage", `cannot create database ${path}: directory ${dir} does not exist`);
  if (!dirStat!.isDirectory()) fail("storage", `cannot create database ${path}: ${dir} is not a directory`);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) fail("storage", `database path ${path} is a directory, not a file`);
  if (!stat) {
    // Create it ourselves so it is user-only from the first byte; SQLite gives -wal/-shm the same mode.
    try {
      closeSync(openSync(path, "wx", 0o600));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EROFS") fail("storage", `cannot create database ${path}: directory ${dir} is not writable`);
      if (code !== "EEXIST") throw error;
    }
  }
}

/** Switching to WAL needs a moment of exclusive access; on a fresh file other openers may hold it. */
function setWal(sqlite: Database, busyTimeoutMs: number): void {
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      const { journal_mode } = sqlite.query("PRAGMA journal_mode = WAL").get() as { journal_mode: string };
      if (journal_mode === "wal") return;
      fail("storage", `cannot switch the database to WAL mode (got ${journal_mode})`);
    } catch (error) {
      if (sqliteCode(error) !== "SQLITE_BUSY" || Date.now() > deadline) throw error;
      Bun.sleepSync(5);
    }
  }
}

export const sqliteCode = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/** SQLite's base result code: `SQLITE_IOERR_FSYNC` → `SQLITE_IOERR` (extended codes refine a base one). */
export const baseCode = (code: string | undefined): string | undefined => code?.match(/^SQLITE_[A-Z]+/)?.[0];

type Fs = typeof import("node:fs");

/** What is at `path` when it is not a plain file (a FIFO, a device, …), for error lines. */
function notAFile(fs: Fs, path: string): string | undefined {
  const stat = fs.statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isFile()) return undefined;
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

/** Why SQLite cannot open or write the file: the directory (for -wal/-shm) or the file not writable. */
function whyNotWritable(fs: Fs, path: string): string | undefined {
  const dir = directoryOf(path);
  const writable = (p: string) => {
    try {
      fs.accessSync(p, fs.constants.W_OK); // EROFS on a read-only mount, even for root
      return true;
    } catch {
      return false;
    }
  };
  if (fs.existsSync(path) && !writable(path)) return `${path} is read-only`;
  if (!writable(dir)) return `directory ${dir} is not writable (SQLite keeps ${path.slice(dir.length + 1)}-wal and -shm beside it)`;
  return undefined;
}

/** Turns SQLite's failure codes into one clear line naming the file and the problem. */
export function storageError(error: unknown, path: string, busyTimeoutMs: number = DEFAULT_BUSY_TIMEOUT_MS): Error {
  if (error instanceof CairnError) return error;
  // drizzle wraps SQLite's error (with its code) in one of its own.
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (!sqliteCode(error) && sqliteCode(cause)) return storageError(cause, path, busyTimeoutMs);
  const code = baseCode(sqliteCode(error));
  const message = String((error as Error | null)?.message ?? error);
  // Only failures need node:fs, to say what the file is.
  const fs = () => require("node:fs") as Fs;
  const what = () => notAFile(fs(), path);
  switch (code) {
    case "SQLITE_NOTADB":
    case "SQLITE_CORRUPT": {
      const kind = what();
      return new CairnError("storage", kind ? `${path} is ${kind}, not a database file` : `${path} is not a cairn database (not a SQLite file, or damaged)`);
    }
    case "SQLITE_BUSY":
    case "SQLITE_LOCKED":
      return new CairnError("busy", `database ${path} is locked by another process (waited ${busyTimeoutMs} ms)`);
    case "SQLITE_READONLY":
    case "SQLITE_PERM":
    case "SQLITE_AUTH":
      return new CairnError("storage", `database ${path} is read-only${readOnlyReason(fs(), path)}`);
    case "SQLITE_CANTOPEN": {
      const kind = what();
      if (kind) return new CairnError("storage", `cannot open database ${path}: it is ${kind}`);
      const why = whyNotWritable(fs(), path);
      return new CairnError("storage", `cannot open database ${path}${why ? `: ${why}` : ""}`);
    }
    case "SQLITE_FULL":
      return new CairnError("storage", `disk full while writing ${path}`);
    case "SQLITE_IOERR": {
      const kind = what();
      if (kind) return new CairnError("storage", `cannot use ${path} as a database: it is ${kind}`);
      const wal = fs().existsSync(`${path}-wal`) ? "" : " (its -wal file is missing: was it deleted while in use?)";
      return new CairnError("storage", `I/O error on database ${path}${wal}: ${message}`);
    }
    case "SQLITE_ERROR": {
      // A projection table dropped by hand: every read and write needs it.
      const table = /^no such table: (?:main\.)?(\w+)/.exec(message)?.[1];
      if (table) return new CairnError("storage", `database ${path} is missing its ${table} table: run cairn db check, then cairn db rebuild`);
      break;
    }
  }
  return error instanceof Error ? error : new Error(message);
}

function readOnlyReason(fs: Fs, path: string): string {
  const why = whyNotWritable(fs, path);
  return why && !why.startsWith(path) ? ` (${why})` : "";
}
