/** Holds a write transaction on <db> for <ms> milliseconds; prints "locked" once it has the lock. */
import { Database } from "bun:sqlite";

const [db, ms] = process.argv.slice(2);
const sqlite = new Database(db!);
sqlite.run("BEGIN IMMEDIATE");
sqlite.run("INSERT INTO events (id, stream, version, kind, payload, ts) VALUES ('held', 'lock:1', 1, 'held', '{}', 0)");
process.stdout.write("locked\n");
Bun.sleepSync(Number(ms));
sqlite.run("ROLLBACK");
