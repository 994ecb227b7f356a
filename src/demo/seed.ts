import { attachAgent } from "../commands/delivery.ts";
import { addProject } from "../commands/project.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import type { Status } from "../domain/status.ts";
import type { Store } from "../store/store.ts";
import { assistantTurn, COORDINATION_KINDS, DEMO_PROJECTS, DEMO_TASKS, random, SEEDED_AGENT, userTurn } from "./script.ts";

/** Paths through the lifecycle, so the seeded sessions show every status. */
const LIFECYCLES: Status[][] = [["running"], ["running", "waiting"], ["running", "review"], ["running", "done"], ["running", "failed"], ["cancelled"], []];

/**
 * Makes sure the demo projects exist (the agents work in them), and fills them with sessions,
 * messages and events when they are new. One transaction: a half-seeded demo never shows.
 */
export function seedDemo(store: Store): { seeded: boolean } {
  const ctx = { store, actor: "demo" };
  return store.write((w) => {
    const missing = DEMO_PROJECTS.filter((p) => !w.project(p.id));
    for (const p of missing) addProject(ctx, p);
    if (missing.length < DEMO_PROJECTS.length) return { seeded: false };
    const r = random(42);
    DEMO_TASKS.forEach((task, i) => {
      const project = DEMO_PROJECTS[i % DEMO_PROJECTS.length]!.id;
      const session = newSession(ctx, { project, message: task }).id;
      const agent = `agent-${(i % 4) + 1}`;
      recordEvent(ctx, { kind: "task_started", source: agent, session, payload: { task } });
      for (let turn = 0; turn < r.between(1, 3); turn++) {
        appendMessage(ctx, { session, role: "assistant", message: assistantTurn(r, task) });
        if (r.next() < 0.5) appendMessage(ctx, { session, role: "user", message: userTurn(r) });
        recordEvent(ctx, { kind: r.pick(COORDINATION_KINDS), source: agent, target: r.pick(["main", "ci", "reviewer"]), session, payload: { turn } });
      }
      const lifecycle = LIFECYCLES[i % LIFECYCLES.length]!;
      for (const status of lifecycle) setStatus(ctx, { session, status });
      // Shown running or waiting: a person who writes to it expects an answer.
      if (lifecycle.at(-1) === "running" || lifecycle.at(-1) === "waiting") attachAgent(ctx, { session, agent: SEEDED_AGENT });
    });
    return { seeded: true };
  });
}
