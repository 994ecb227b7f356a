// @bun
import {
  __require,
  eventLine2,
  addProject,
  newSession,
  appendMessage,
  setStatus,
  recordEvent,
  Store
} from "./cli-g5ebnejy.js";
import {
  listProjects2
} from "./cli-r7hp6pw6.js";
import {
  lastEvents2,
  followEvents2,
  untilInterrupted2
} from "./cli-vvd6dgj0.js";

// src/demo/script.ts
var DEMO_PROJECTS = [
  { id: "api", name: "Payments API", repo: "https://example.com/acme/api", description: "Billing and payments service" },
  { id: "web", name: "Storefront", repo: "https://example.com/acme/web", description: "Customer-facing web app" },
  { id: "infra", name: "Infrastructure", repo: "https://example.com/acme/infra", description: "Terraform and CI" }
];
var DEMO_TASKS = [
  "Add idempotency keys to POST /charges",
  "Fix flaky checkout test on Safari",
  "Migrate CI runners to the new image",
  "Paginate the invoices endpoint",
  "Upgrade React Router and fix breaking changes",
  "Rotate the staging database credentials",
  "Add retries to the webhook dispatcher",
  "Speed up the product search query",
  "Write a runbook for the payment outage alert",
  "Remove the legacy coupon code path"
];
var FILES = ["src/charges.ts", "src/webhooks/dispatch.ts", "test/checkout.spec.ts", "main.tf", "src/search/query.sql", "src/router.tsx"];
var TOOLS = ["Read", "Edit", "Bash", "Grep", "Write"];
var COORDINATION_KINDS = [
  "task_started",
  "lock_acquired",
  "lock_released",
  "tests_passed",
  "tests_failed",
  "rebase_required",
  "review_requested",
  "task_finished"
];
function random(seed) {
  let state = Math.imul(seed ^ 2654435769, 2246822507) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (list) => list[Math.floor(next() * list.length)],
    between: (min, max) => min + Math.floor(next() * (max - min + 1))
  };
}
function assistantTurn(r, task) {
  const file = r.pick(FILES);
  const tool = r.pick(TOOLS);
  const parts = [{ type: "reasoning", text: `The task is "${task}". I should look at ${file} first and check how it is tested.` }];
  parts.push({
    type: "tool",
    name: tool,
    state: r.next() < 0.1 ? "error" : "completed",
    input: tool === "Bash" ? { command: "bun test --filter charges" } : { file_path: file },
    output: tool === "Bash" ? "12 pass, 0 fail" : `${r.between(20, 400)} lines`
  });
  parts.push({ type: "text", text: `Updated ${file}: ${r.pick(["handled the edge case", "added a test", "simplified the loop", "removed dead code"])}. Next I will run the full suite.` });
  return parts;
}
function userTurn(r) {
  return r.pick(["Looks good, carry on.", "Please also add a test for the empty case.", "Can you keep the public API unchanged?", "Run the linter before you finish.", "Why did the last run fail?"]);
}

// src/demo/seed.ts
var LIFECYCLES = [["running"], ["running", "waiting"], ["running", "review"], ["running", "done"], ["running", "failed"], ["cancelled"], []];
function seedDemo(store) {
  if (listProjects2(store, { includeArchived: true }).length > 0)
    return { seeded: false };
  const ctx = { store, actor: "demo" };
  const r = random(42);
  for (const p of DEMO_PROJECTS)
    addProject(ctx, p);
  DEMO_TASKS.forEach((task, i) => {
    const project = DEMO_PROJECTS[i % DEMO_PROJECTS.length].id;
    const session = newSession(ctx, { project, message: task }).id;
    const agent = `agent-${i % 4 + 1}`;
    recordEvent(ctx, { kind: "task_started", source: agent, session, payload: { task } });
    for (let turn = 0;turn < r.between(1, 3); turn++) {
      appendMessage(ctx, { session, role: "assistant", message: assistantTurn(r, task) });
      if (r.next() < 0.5)
        appendMessage(ctx, { session, role: "user", message: userTurn(r) });
      recordEvent(ctx, { kind: r.pick(COORDINATION_KINDS), source: agent, target: r.pick(["main", "ci", "reviewer"]), session, payload: { turn } });
    }
    for (const status of LIFECYCLES[i % LIFECYCLES.length])
      setStatus(ctx, { session, status });
  });
  return { seeded: true };
}

// src/demo/run.ts
var agentScript = () => {
  const { existsSync } = __require("fs");
  const candidates = [new URL("./agent.ts", import.meta.url), new URL("../src/demo/agent.ts", import.meta.url)].map((u) => u.pathname);
  return candidates.find((path) => existsSync(path)) ?? candidates[0];
};
function startAgents(dbPath, count) {
  const script = agentScript();
  return Array.from({ length: count }, (_, i) => Bun.spawn([process.execPath, script, dbPath, `agent-${i + 1}`, String(1000 + i), "900"], {
    stdin: "pipe",
    stdout: "ignore",
    stderr: "inherit"
  }));
}
async function runDemo(options) {
  const store = Store.open(options.dbPath, { createDir: true });
  const { seeded } = seedDemo(store);
  const agents = startAgents(options.dbPath, options.agents);
  const deadline = options.seconds === undefined ? Infinity : Date.now() + options.seconds * 1000;
  try {
    if (options.ui) {
      const { runUi } = await import("./run-4qyg2jaf.js");
      return await runUi({ store, dbPath: options.dbPath, actor: "ui:demo", until: deadline });
    }
    options.write(`${seeded ? "seeded" : "reusing"} ${options.dbPath}; ${options.agents} agents writing (Ctrl-C to stop)
`);
    const interrupted = untilInterrupted2();
    const print = (events) => options.write(events.map((e) => eventLine2("table", e)).join(`
`) + `
`);
    const last = lastEvents2(store, {}, 10);
    print(last.events);
    await followEvents2(store, {}, last.cursor, print, () => interrupted() || Date.now() > deadline);
    return 0;
  } finally {
    for (const agent of agents)
      agent.kill("SIGTERM");
    await Promise.all(agents.map((a) => a.exited));
    store.close();
  }
}
export {
  runDemo
};
