/**
 * One simulated agent, run as its own process by `cairn demo`: it writes through the same
 * command layer as the CLI, so the demo exercises real concurrent writers. It never dies of a
 * refused command and never prints to the terminal it was started from (the UI owns it):
 * anything worth saying goes to `demo-agents.log` beside the database. Like a real agent it is
 * attached to the session it works, answers what people write to it, and stops working a
 * session someone cancelled.
 */
import { appendFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { attachAgent, claimDeliveries, confirmDeliveries, detachAgent } from "../commands/delivery.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { CairnError } from "../domain/errors.ts";
import { isFinished } from "../domain/status.ts";
import { listProjects } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { answerTo, assistantTurn, COORDINATION_KINDS, DEMO_FILES, DEMO_PROJECTS, DEMO_TASKS, random, SEEDED_AGENT, userTurn } from "./script.ts";

const [dbPath, name, seedText, delayText] = process.argv.slice(2);
if (!dbPath || !name) {
  process.stderr.write("usage: agent.ts <db> <name> [seed] [delay-ms]\n");
  process.exit(2);
}
const r = random(Number(seedText) || 1);
const delay = Number(delayText) || 900;
const store = Store.open(dbPath);
const ctx = { store, actor: name };
const log = (line: string) => appendFileSync(join(dirname(dbPath), "demo-agents.log"), `${new Date().toISOString()} ${name} ${line}\n`);
let stopped = false;
process.on("SIGTERM", () => (stopped = true));
process.on("SIGINT", () => (stopped = true));
// The demo keeps our stdin open; when it ends (the demo exited, even by SIGKILL), so do we.
(async () => {
  for await (const _ of Bun.stdin.stream());
  stopped = true;
})();

/** A command cairn refused (archived project, a session someone else moved on): this task is over. */
class Refused extends Error {}

const pause = () => Bun.sleep(delay / 2 + r.next() * delay);

/** How often the agent looks for messages while it works: answers come within a second or so. */
const TICK_MS = 200;

/** The session being worked, once there is one: between steps the agent watches it. */
let current = "";

/** Answers what people wrote to the session since last time ("On it: …"), marking it delivered. */
function answerMessages(session: string): void {
  const claims = claimDeliveries(ctx, { session, via: "demo" });
  if (claims.length === 0) return;
  for (const c of claims) appendMessage(ctx, { session, role: "assistant", message: answerTo(c.text) });
  confirmDeliveries(ctx, { session, claims });
}

/** A pause between steps that answers messages as they come, and ends the task if someone finished the session. */
async function watchfulPause(): Promise<void> {
  if (!current) return pause();
  for (const end = Date.now() + delay / 2 + r.next() * delay; Date.now() < end && !stopped; ) {
    await Bun.sleep(Math.min(TICK_MS, end - Date.now()));
    const status = store.statements.sessionStatus.get(current)?.status;
    if (status === undefined || isFinished(status)) throw new Refused(`session ${current} is ${status ?? "gone"}: stopped working on it`);
    answerMessages(current);
    // Claims are atomic: when several free agents look, each message is still answered once.
    for (const seeded of store.statements.pendingForAgent.all(SEEDED_AGENT)) answerMessages(seeded.id);
  }
}

/** Runs one write after a pause; a refusal ends the task, so the agent takes another. */
async function step(fn: () => unknown): Promise<void> {
  if (stopped) throw new Refused("stopping");
  await watchfulPause();
  try {
    fn();
  } catch (error) {
    if (error instanceof CairnError) throw new Refused(error.message);
    throw error;
  }
}

/** A demo project that is not archived, if any. */
function pickProject(): string | undefined {
  const open = new Set(listProjects(store).map((p) => p.id));
  const choices = DEMO_PROJECTS.filter((p) => open.has(p.id));
  return choices.length > 0 ? r.pick(choices).id : undefined;
}

/** One task from start to finish: a session, its turns and coordination events. */
async function work(): Promise<void> {
  const project = pickProject();
  if (!project) throw new Refused("every demo project is archived");
  const task = r.pick(DEMO_TASKS);
  let session = "";
  await step(() => {
    session = newSession(ctx, { project, message: task }).id;
    attachAgent(ctx, { session, agent: "demo" });
  });
  current = session;
  try {
    await steps(session, task);
  } finally {
    current = "";
    detachAgent(ctx, { session, reason: `${name} stopped working on this session` });
  }
}

async function steps(session: string, task: string): Promise<void> {
  await step(() => setStatus(ctx, { session, status: "running" }));
  await step(() => recordEvent(ctx, { kind: "task_started", source: name, session, payload: { task } }));
  for (let turn = r.between(2, 5); turn > 0; turn--) {
    const file = r.pick(DEMO_FILES);
    await step(() => recordEvent(ctx, { kind: "lock_acquired", source: name, session, payload: { path: file } }));
    await step(() => appendMessage(ctx, { session, role: "assistant", message: assistantTurn(r, task) }));
    await step(() => recordEvent(ctx, { kind: "lock_released", source: name, session, payload: { path: file } }));
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

while (!stopped) {
  try {
    await work();
  } catch (error) {
    if (stopped) break;
    // Refused: take another task. Anything else is logged, and the agent carries on.
    log(error instanceof Refused ? `refused: ${error.message}` : `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await pause();
  }
}
store.close();
process.exit(0); // the stdin watcher would otherwise keep us alive
