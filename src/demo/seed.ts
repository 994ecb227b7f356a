import { addProject } from "../commands/project.ts";
import { recordEvent } from "../commands/event.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import type { Status } from "../domain/status.ts";
import { listProjects } from "../store/queries.ts";
import type { Store } from "../store/store.ts";
import { assistantTurn, COORDINATION_KINDS, DEMO_PROJECTS, DEMO_TASKS, random, userTurn } from "./script.ts";

/** Paths through the lifecycle, so the seeded sessions show every status. */
const LIFECYCLES: Status[][] = [["running"], ["running", "waiting"], ["running", "review"], ["running", "done"], ["running", "failed"], ["cancelled"], []];

/** Fills an empty database with projects, sessions, messages and coordination events. */
export function seedDemo(store: Store): { seeded: boolean } {
  if (listProjects(store, { includeArchived: true }).length > 0) return { seeded: false };
  const ctx = { store, actor: "demo" };
  const r = random(42);
  for (const p of DEMO_PROJECTS) addProject(ctx, p);
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
    for (const status of LIFECYCLES[i % LIFECYCLES.length]!) setStatus(ctx, { session, status });
  });
  return { seeded: true };
}
