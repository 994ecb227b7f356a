/**
 * The spool: writes that could not get the database's lock in time (a hook while a long
 * import commits) are kept as files beside the database, one file per write, and replayed
 * in order by the next cairn process that writes, inside its own write transaction.
 *
 * Exactly once: an entry's name is recorded in `spool_replayed` in the transaction that
 * applies it, and its file is removed only after that commits; a file whose name is already
 * recorded (a crash between the two) is removed without being applied again.
 */
import { CairnError } from "../domain/errors.ts";
import type { Store } from "./store.ts";

type Fs = typeof import("node:fs");
const fs = (): Fs => require("node:fs") as Fs;

/** One spooled write: what to do (`kind` picks the replayer) and with what. */
export interface SpoolEntry {
  kind: string;
  body: unknown;
  /** When it was spooled (epoch ms). */
  at: number;
}

/** Applies one spooled write through the domain commands; runs inside the replaying write. */
export type Replayer = (store: Store, body: unknown) => void;

export const spoolDirectory = (dbPath: string): string => `${dbPath}.spool`;

/** Microseconds and cheap (one stat, no node:fs): whether anything waits in the spool. */
export const spoolPending = (dbPath: string): boolean => Bun.file(spoolDirectory(dbPath)).size > 0;

let counter = 0;

/**
 * Adds a write to the spool. The file appears whole (written aside, then renamed in) and its
 * name sorts in spooling order: microseconds of wall-clock time (Bun's hrtime counts from each
 * process's start, so it cannot order processes).
 */
export function spoolWrite(dbPath: string, kind: string, body: unknown): string {
  const { mkdirSync, renameSync, writeFileSync } = fs();
  const dir = spoolDirectory(dbPath);
  const micros = Math.round((performance.timeOrigin + performance.now()) * 1000);
  const name = `${String(micros).padStart(20, "0")}-${process.pid}-${counter++}.json`;
  const text = JSON.stringify({ kind, body, at: Date.now() } satisfies SpoolEntry);
  for (let attempt = 0; ; attempt++) {
    try {
      // Never recursive: a database whose directory is gone gets no directories made for it.
      if (!spoolPending(dbPath)) mkdirSync(dir, { mode: 0o700 });
      writeFileSync(`${dir}/.${name}.tmp`, text, { mode: 0o600 });
      renameSync(`${dir}/.${name}.tmp`, `${dir}/${name}`);
      return name;
    } catch (error) {
      // A replayer removed the emptied directory between our mkdir and write, or another
      // spooler made it first: try again.
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== "ENOENT" && code !== "EEXIST") || attempt > 20) throw error;
    }
  }
}

/** What one replay did; `failed` entries are dropped after `onFailure` has reported them. */
export interface Replayed {
  applied: number;
  failed: number;
  /** Files to remove once the transaction has committed. */
  done: string[];
}

/**
 * Replays every spooled entry, oldest first. Must run inside a write transaction (we hold
 * the lock, so no other replayer runs). Each entry is a nested write (a savepoint): one that
 * fails is reported and skipped without undoing the others.
 */
export function replaySpool(store: Store, replayers: Record<string, Replayer>, onFailure: (name: string, error: unknown) => void): Replayed {
  const { readdirSync, readFileSync } = fs();
  const dir = spoolDirectory(store.path);
  const result: Replayed = { applied: 0, failed: 0, done: [] };
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return result;
  }
  // Names whose files are gone are never seen again: forget them.
  store.sqlite.query("DELETE FROM spool_replayed WHERE name NOT IN (SELECT value FROM json_each(?1))").run(JSON.stringify(names));
  const seen = store.sqlite.query("SELECT 1 FROM spool_replayed WHERE name = ?1");
  const record = store.sqlite.query("INSERT INTO spool_replayed (name) VALUES (?1)");
  for (const name of names) {
    const path = `${dir}/${name}`;
    if (seen.get(name)) {
      result.done.push(path);
      continue;
    }
    let entry: SpoolEntry;
    try {
      entry = JSON.parse(readFileSync(path, "utf8")) as SpoolEntry;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      entry = { kind: "unreadable", body: null, at: 0 };
    }
    const replay = replayers[entry.kind];
    // A kind this process cannot replay stays for one that can.
    if (!replay && entry.kind !== "unreadable") continue;
    try {
      // A nested write is a savepoint: a failing entry undoes only itself.
      store.write(() => {
        if (!replay) throw new CairnError("invalid", `spooled write ${name} is not readable`);
        replay(store, entry.body);
      });
      result.applied++;
    } catch (error) {
      result.failed++;
      onFailure(name, error);
    }
    record.run(name);
    result.done.push(path);
  }
  return result;
}

/** Removes replayed files (after commit), the emptied directory, and names no longer needed. */
export function clearReplayed(store: Store, done: string[]): void {
  if (done.length === 0) return;
  const { rmdirSync, rmSync } = fs();
  for (const path of done) rmSync(path, { force: true });
  try {
    rmdirSync(spoolDirectory(store.path)); // only when empty: a new entry keeps it
  } catch {
    // not empty, or already gone
  }
}
