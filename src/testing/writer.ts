/**
 * Writer and reader processes for the concurrency, crash and soak tests:
 *   writer.ts <db> <name> events <count>   one transaction per event, on streams shared by all writers
 *   writer.ts <db> <name> batches <size>   transactions of <size> events each, forever (for SIGKILL tests)
 *   writer.ts <db> <name> mixed <count>    events, messages, status changes and expected-version
 *                                          appends; prints {"written", "conflicts"} when done
 *   writer.ts <db> <name> reader <ms>      runs queries for <ms>; prints how many
 *   writer.ts <db> <name> open             opens the database; prints whether it migrated it
 */
import { recordEvent } from "../commands/event.ts";
import { addProject } from "../commands/project.ts";
import { appendMessage, moveStatus, newSession } from "../commands/session.ts";
import { CairnError } from "../domain/errors.ts";
import { countEventsByKind, listEvents, listSessions } from "../store/queries.ts";
import { Store } from "../store/store.ts";

const [db, name, mode, countText] = process.argv.slice(2);
const count = Number(countText);
const store = Store.open(db!);
const ctx = { store, actor: name! };

if (mode === "open") {
  process.stdout.write(`${JSON.stringify({ migrated: store.migrated })}\n`);
} else if (mode === "events") {
  for (let i = 0; i < count; i++) {
    recordEvent(ctx, { kind: "work_done", source: name, stream: `shared:${i % 4}`, payload: { writer: name!, i } });
  }
} else if (mode === "batches") {
  for (let batch = 0; ; batch++) {
    const tag = `${name}-${batch}`;
    process.stdout.write(`${tag}\n`);
    store.append(Array.from({ length: count }, (_, i) => ({ stream: `batch:${tag}`, kind: "batch_item", payload: { tag, i } })));
  }
} else if (mode === "mixed") {
  // Every writer shares one project; each has its own session plus streams all of them contend for.
  store.write((w) => w.project("mix") ?? addProject(ctx, { id: "mix" }));
  const session = newSession(ctx, { project: "mix", title: `work of ${name}` }).id;
  let written = 1; // session.created (the one writer that creates the project writes one more)
  let conflicts = 0;
  for (let i = 0; i < count; i++) {
    switch (i % 5) {
      case 0:
        recordEvent(ctx, { kind: "work_done", source: name, stream: `shared:${i % 3}`, payload: { i } });
        written++;
        break;
      case 1:
        appendMessage(ctx, { session, role: "assistant", message: `step ${i} of ${name}` });
        written++;
        break;
      case 2:
        // i = 2, 7, 12, …: alternately running and waiting, one transition each time.
        moveStatus(ctx, { session, to: i % 2 ? "waiting" : "running" });
        written++;
        break;
      case 3:
      case 4: {
        // Read the version, then append expecting it: others race for the same stream.
        const stream = `contended:${i % 2}`;
        const version = store.sqlite.query("SELECT coalesce(max(version), 0) AS v FROM events WHERE stream = ?1").get(stream) as { v: number };
        try {
          recordEvent(ctx, { kind: "claim", source: name, stream, expectedVersion: version.v, payload: { i } });
          written++;
        } catch (error) {
          if (!(error instanceof CairnError) || error.code !== "conflict") throw error;
          conflicts++;
        }
      }
    }
  }
  process.stdout.write(`${JSON.stringify({ written, conflicts })}\n`);
} else if (mode === "reader") {
  const until = Date.now() + count;
  let queries = 0;
  while (Date.now() < until) {
    listEvents(store, { kinds: ["work_done", "claim"] }, 50);
    listSessions(store, { project: "mix", limit: 20 });
    countEventsByKind(store, {});
    queries += 3;
    await Bun.sleep(5);
  }
  process.stdout.write(`${JSON.stringify({ queries })}\n`);
}
store.close();
