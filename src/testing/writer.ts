/**
 * A writer process for concurrency and crash tests:
 *   writer.ts <db> <name> events <count>   one transaction per event, on streams shared by all writers
 *   writer.ts <db> <name> batches <size>   transactions of <size> events each, forever (for SIGKILL tests)
 */
import { recordEvent } from "../commands/event.ts";
import { Store } from "../store/store.ts";

const [db, name, mode, countText] = process.argv.slice(2);
const count = Number(countText);
const store = Store.open(db!);
const ctx = { store, actor: name! };

if (mode === "events") {
  for (let i = 0; i < count; i++) {
    recordEvent(ctx, { kind: "work_done", source: name, stream: `shared:${i % 4}`, payload: { writer: name!, i } });
  }
} else if (mode === "batches") {
  for (let batch = 0; ; batch++) {
    const tag = `${name}-${batch}`;
    process.stdout.write(`${tag}\n`);
    store.append(Array.from({ length: count }, (_, i) => ({ stream: `batch:${tag}`, kind: "batch_item", payload: { tag, i } })));
  }
}
store.close();
