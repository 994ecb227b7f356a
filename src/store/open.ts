import { Database } from "bun:sqlite";
import { CairnError, fail } from "../domain/errors.ts";
import { directoryOf } from "./location.ts";
import { isCurrent, migrate } from "./migrate.ts";

export interface OpenOptions {
  /** Create the parent directory (user-only) if missing: only for the default location. */
  createDir?: boolean;
  /** How long a writer waits for another's lock before giving up. */
  busyTimeoutMs?: number;
}

export const DEFAULT_BUSY_TIMEOUT_MS = Number(process.env.CAIRN_BUSY_TIMEOUT_MS) || 5_000;

/** Opens (creating if needed) a cairn database: pragmas, then pending migrations. */
export function openDatabase(path: string, options: OpenOptions = {}): { sqlite: Database; migrated: boolean } {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
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
      setWal(sqlite, busyTimeoutMs);
      migrated = migrate(sqlite, path);
    }
    return { sqlite, migrated };
  } catch (error) {
    sqlite?.close();
    throw storageError(error, path, busyTimeoutMs);
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
    const targetDir = directoryOf(target.startsWith("/") ? target : `${dir}/${target}`);
    if (!statSync(targetDir, { throwIfNoEntry: false })?.isDirectory()) fail("storage", `cannot create database ${path}: it links to ${target}, whose directory does not exist`);
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

/** Turns SQLite's failure codes into one clear line naming the file and the problem. */
export function storageError(error: unknown, path: string, busyTimeoutMs: number = DEFAULT_BUSY_TIMEOUT_MS): Error {
  if (error instanceof CairnError) return error;
  const code = sqliteCode(error);
  switch (code) {
    case "SQLITE_NOTADB":
    case "SQLITE_CORRUPT":
      return new CairnError("storage", `${path} is not a cairn database (not a SQLite file, or damaged)`);
    case "SQLITE_BUSY":
    case "SQLITE_LOCKED":
      return new CairnError("busy", `database ${path} is locked by another process (waited ${busyTimeoutMs} ms)`);
    case "SQLITE_READONLY":
    case "SQLITE_PERM":
      return new CairnError("storage", `database ${path} is read-only`);
    case "SQLITE_CANTOPEN":
      return new CairnError("storage", `cannot open database ${path}`);
    case "SQLITE_FULL":
      return new CairnError("storage", `disk full while writing ${path}`);
    case "SQLITE_IOERR":
      return new CairnError("storage", `I/O error on ${path}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
