/** The baseline for `cairn event add`: a bare bun script that opens the file and inserts one row. */
import { Database } from "bun:sqlite";

const db = new Database(process.argv[2]!);
db.run("PRAGMA busy_timeout = 5000");
db.run(
  "INSERT INTO events (id, stream, version, kind, payload, ts) VALUES (?1, ?2, (SELECT coalesce(max(version), 0) + 1 FROM events WHERE stream = ?2), ?3, ?4, ?5)",
  [Bun.randomUUIDv7(), "bare:1", "bare_ping", "{}", Date.now()],
);
