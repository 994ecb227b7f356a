import { CairnError, fail } from "../domain/errors.ts";
import { directoryOf } from "../store/location.ts";
import { writeAllSync, writeFailure } from "./output.ts";

type Fs = typeof import("node:fs");

/** Does the file start like a cairn export (or is it empty)? Only such a file is replaced without --force. */
function looksLikeExport(fs: Fs, path: string): boolean {
  const fd = fs.openSync(path, "r");
  try {
    const head = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    if (n === 0) return true;
    const text = head.subarray(0, n).toString("utf8");
    const first = text.slice(0, text.indexOf("\n") < 0 ? undefined : text.indexOf("\n"));
    // A first line longer than what we read is still an export if it opens like one.
    return /^\{"seq":\d+,"id":"/.test(first);
  } finally {
    fs.closeSync(fd);
  }
}

/** Refuses places an export must never go: the database itself and its WAL and shared-memory files. */
function refuseDatabaseFiles(fs: Fs, out: string, dbPath: string): void {
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return `${fs.realpathSync(directoryOf(p))}/${p.slice(p.lastIndexOf("/") + 1)}`;
    }
  };
  let target: string;
  let db: string;
  try {
    target = real(out);
    db = real(dbPath);
  } catch {
    return; // a missing directory is reported when the file is created
  }
  if ([db, `${db}-wal`, `${db}-shm`, `${db}-journal`].includes(target)) fail("invalid", `refusing to write the export over the database file ${out}`);
  const a = fs.statSync(out, { throwIfNoEntry: false });
  const b = fs.statSync(dbPath, { throwIfNoEntry: false });
  if (a && b && a.dev === b.dev && a.ino === b.ino) fail("invalid", `refusing to write the export over the database file ${out}`);
}

/**
 * Writes a file produced piece by piece, safely: into a temporary file beside it, renamed
 * over the target only when complete. A full disk or any failure leaves the old file as it
 * was and no temporary behind. An existing file that is not a previous export is replaced
 * only with `force`; the database and its -wal/-shm never are.
 */
export function writeFileSafely(out: string, dbPath: string, force: boolean, produce: (write: (text: string) => void) => void): void {
  const fs = require("node:fs") as Fs;
  refuseDatabaseFiles(fs, out, dbPath);
  const dir = directoryOf(out);
  const dirStat = fs.statSync(dir, { throwIfNoEntry: false });
  if (!dirStat) fail("not_found", `cannot write ${out}: directory ${dir} does not exist`);
  if (!dirStat!.isDirectory()) fail("invalid", `cannot write ${out}: ${dir} is not a directory`);
  const existing = fs.statSync(out, { throwIfNoEntry: false });
  if (existing?.isDirectory()) fail("invalid", `cannot write ${out}: it is a directory`);
  if (existing && !force) {
    if (!existing.isFile() || !looksLikeExport(fs, out)) fail("exists", `${out} exists and is not a cairn export; use --force to replace it`);
  }
  // A device or pipe given with --force is written in place: it cannot be renamed over.
  if (existing && !existing.isFile()) return writeInPlace(fs, out, produce);
  const temp = `${dir}/.${out.slice(out.lastIndexOf("/") + 1)}.cairn-${process.pid}.tmp`;
  let fd: number;
  try {
    fd = fs.openSync(temp, "wx", 0o600);
  } catch (error) {
    throw writeFailure(out, error);
  }
  try {
    try {
      produce((text) => writeAllSync(fd, text));
      fs.fsyncSync(fd);
    } catch (error) {
      throw error instanceof CairnError ? error : writeFailure(out, error);
    } finally {
      fs.closeSync(fd);
    }
    try {
      fs.renameSync(temp, out);
    } catch (error) {
      throw writeFailure(out, error);
    }
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

function writeInPlace(fs: Fs, out: string, produce: (write: (text: string) => void) => void): void {
  let fd: number;
  try {
    fd = fs.openSync(out, "w");
  } catch (error) {
    throw writeFailure(out, error);
  }
  try {
    produce((text) => {
      try {
        writeAllSync(fd, text);
      } catch (error) {
        throw writeFailure(out, error);
      }
    });
  } finally {
    fs.closeSync(fd);
  }
}
