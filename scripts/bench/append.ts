/**
 * Append rate through the store API vs. the same rows written by raw prepared bun:sqlite
 * statements in one BEGIN IMMEDIATE transaction per batch.
 */
import { Database } from "bun:sqlite";
import { addProject } from "../../src/commands/project.ts";
import { newSession } from "../../src/commands/session.ts";
import type { NewEvent } from "../../src/store/append.ts";
import { Store } from "../../src/store/store.ts";
import { tempDir } from "../../src/testing/harness.ts";
import type { Figure } from "./report.ts";
import { median } from "./stats.ts";

type Kind = "message" | "coordination";

function freshStore(dir: string, name: string): Store {
  const store = Store.open(`${dir}/${name}.db`);
  addProject({ store, actor: "bench" }, { id: "bench" });
  newSession({ store, actor: "bench" }, { project: "bench" });
  return store;
}

const message = (i: number) => ({ id: `m-${i}-${Math.random()}`, role: "assistant", parts: [{ type: "text", text: `step ${i}: edited src/charges.ts and ran the tests` }] });

function apiEvent(kind: Kind, i: number): NewEvent {
  return kind === "message"
    ? { stream: "session:bench-1", kind: "message.appended", project: "bench", session: "bench-1", payload: message(i), actor: "bench" }
    : { stream: "agent:bench", kind: "task_started", source: "bench", target: "main", payload: { step: i }, actor: "bench" };
}

/** Events per second through `store.append`, `batch` events per transaction. */
function apiRate(dir: string, kind: Kind, total: number, batch: number): number {
  const store = freshStore(dir, `api-${kind}-${batch}-${Math.random()}`);
  const start = performance.now();
  for (let i = 0; i < total; i += batch) {
    store.append(Array.from({ length: batch }, (_, j) => apiEvent(kind, i + j)));
  }
  const seconds = (performance.now() - start) / 1000;
  store.close();
  return total / seconds;
}

/** The same rows by hand: event (its seq as the last rowid), and for messages the session counter, message and part. */
function rawRate(dir: string, kind: Kind, total: number, batch: number): number {
  const store = freshStore(dir, `raw-${kind}-${batch}-${Math.random()}`);
  store.close();
  const db = new Database(store.path, { strict: true });
  db.run("PRAGMA synchronous = NORMAL");
  db.run("PRAGMA foreign_keys = ON");
  const insertEvent = db.prepare("INSERT INTO events (id, stream, version, kind, project, session, source, target, payload, ts, actor) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  const countMessage = db.prepare("UPDATE sessions SET message_count = message_count + 1, updated_at = ?2 WHERE id = ?1");
  const insertMessage = db.prepare("INSERT INTO messages (id, session, position, role, created_at) VALUES (?1, ?2, (SELECT message_count FROM sessions WHERE id = ?2), ?3, ?4)");
  const insertPart = db.prepare("INSERT INTO message_parts (message_id, position, type, data) VALUES (?1, ?2, ?3, ?4)");
  let version = kind === "message" ? 1 : 0; // the session stream already holds session.created
  const start = performance.now();
  for (let i = 0; i < total; i += batch) {
    db.run("BEGIN IMMEDIATE");
    for (let j = 0; j < batch; j++) {
      const ts = Date.now();
      if (kind === "message") {
        const m = message(i + j);
        insertEvent.run(Bun.randomUUIDv7(), "session:bench-1", ++version, "message.appended", "bench", "bench-1", null, null, JSON.stringify(m), ts, "bench");
        countMessage.run("bench-1", ts);
        insertMessage.run(m.id, "bench-1", m.role, ts);
        insertPart.run(m.id, 1, "text", JSON.stringify(m.parts[0]));
      } else {
        insertEvent.run(Bun.randomUUIDv7(), "agent:bench", ++version, "task_started", null, null, "bench", "main", JSON.stringify({ step: i + j }), ts, "bench");
      }
    }
    db.run("COMMIT");
  }
  const seconds = (performance.now() - start) / 1000;
  db.close();
  return total / seconds;
}

export function benchAppend(quick: boolean): Figure[] {
  const tmp = tempDir("cairn-bench-append-");
  const runs = quick ? 1 : 5;
  const figures: Figure[] = [];
  try {
    for (const kind of ["message", "coordination"] as const) {
      for (const batch of [1, 100]) {
        const total = (batch === 1 ? 2_000 : 20_000) / (quick ? 10 : 1);
        const api: number[] = [];
        const raw: number[] = [];
        // Alternate, so both see the same moments of a noisy machine.
        for (let r = 0; r < runs; r++) {
          raw.push(rawRate(tmp.dir, kind, total, batch));
          api.push(apiRate(tmp.dir, kind, total, batch));
        }
        const cairn = median(api);
        const baseline = median(raw);
        const ratio = cairn / baseline;
        figures.push({
          figure: `append ${kind}, ${batch === 1 ? "1 event" : "100 events"}/tx`,
          unit: "ev/s",
          cairn,
          baseline,
          ratio,
          budget: "ratio ≥ 0.67",
          pass: ratio >= 0.67,
          note: `median of ${runs} runs of ${total} events`,
        });
      }
    }
  } finally {
    tmp.cleanup();
  }
  return figures;
}
