/**
 * One simulated agent, run as its own process by `cairn demo`: it writes through the same
 * command layer as the CLI, so the demo exercises real concurrent writers.
 */
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { CairnError } from "../domain/errors.ts";
import { Store } from "../store/store.ts";
import { assistantTurn, COORDINATION_KINDS, DEMO_PROJECTS, DEMO_TASKS, random, userTurn } from "./script.ts";

const [dbPath, name, seedText, delayText] = process.argv.slice(2);
if (!dbPath || !name) {
  process.stderr.write("usage: agent.ts <db> <name> [seed] [delay-ms]\n");
  process.exit(2);
}
const r = random(Number(seedText) || 1);
const delay = Number(delayText) || 900;
const store = Store.open(dbPath);
const ctx = { store, actor: name };
let stopped = false;
process.on("SIGTERM", () => (stopped = true));
process.on("SIGINT", () => (stopped = true));
// The demo keeps our stdin open; when it ends (the demo exited, even by SIGKILL), so do we.
(async () => {
  for await (const _ of Bun.stdin.stream());
  stopped = true;
})();

async function work(): Promise<void> {
  const project = r.pick(DEMO_PROJECTS).id;
  const task = r.pick(DEMO_TASKS);
  const session = newSession(ctx, { project, message: task }).id;
  const step = async (fn: () => unknown) => {
    if (stopped) return;
    await Bun.sleep(delay / 2 + r.next() * delay);
    try {
      fn();
    } catch (error) {
      // Another writer (or a person in the UI) may have moved the session on: carry on.
      if (!(error instanceof CairnError)) throw error;
    }
  };
  await step(() => setStatus(ctx, { session, status: "running" }));
  await step(() => recordEvent(ctx, { kind: "task_started", source: name, session, payload: { task } }));
  for (let turn = r.between(2, 5); turn > 0 && !stopped; turn--) {
    await step(() => appendMessage(ctx, { session, role: "assistant", message: assistantTurn(r, task) }));
    await step(() => recordEvent(ctx, { kind: r.pick(COORDINATION_KINDS), source: name, target: r.pick(["main", "ci", "reviewer", name]), session, payload: { step: turn } }));
    if (r.next() < 0.4) {
      await step(() => setStatus(ctx, { session, status: "waiting" }));
      await step(() => appendMessage(ctx, { session, role: "user", message: userTurn(r) }));
      await step(() => setStatus(ctx, { session, status: "running" }));
    }
  }
  await step(() => setStatus(ctx, { session, status: r.next() < 0.15 ? "failed" : r.next() < 0.5 ? "review" : "done" }));
  await step(() => recordEvent(ctx, { kind: "task_finished", source: name, session, payload: { task } }));
}

while (!stopped) await work();
store.close();
process.exit(0); // the stdin watcher would otherwise keep us alive
