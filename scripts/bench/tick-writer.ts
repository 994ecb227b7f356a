/** Commits `count` events at a steady interval; prints "n commit-time-ms" after each commit. */
import { recordEvent } from "../../src/commands/event.ts";
import { Store } from "../../src/store/store.ts";

const [db, countText, intervalText] = process.argv.slice(2);
const store = Store.open(db!);
const interval = Number(intervalText);
let next = performance.now();
for (let n = 1; n <= Number(countText); n++) {
  recordEvent({ store, actor: "bench" }, { kind: "bench_tick", source: "ticker", payload: { tick: n } });
  process.stdout.write(`${n} ${Date.now()}\n`);
  next += interval;
  await Bun.sleep(Math.max(0, next - performance.now()));
}
store.close();
