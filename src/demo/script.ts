import type { Part } from "../domain/message.ts";

/** What the demo's simulated agents work on and say: plausible, varied, and deterministic per seed. */
export const DEMO_PROJECTS = [
  { id: "api", name: "Payments API", repo: "https://example.com/acme/api", description: "Billing and payments service" },
  { id: "web", name: "Storefront", repo: "https://example.com/acme/web", description: "Customer-facing web app" },
  { id: "infra", name: "Infrastructure", repo: "https://example.com/acme/infra", description: "Terraform and CI" },
];

export const DEMO_TASKS = [
  "Add idempotency keys to POST /charges",
  "Fix flaky checkout test on Safari",
  "Migrate CI runners to the new image",
  "Paginate the invoices endpoint",
  "Upgrade React Router and fix breaking changes",
  "Rotate the staging database credentials",
  "Add retries to the webhook dispatcher",
  "Speed up the product search query",
  "Write a runbook for the payment outage alert",
  "Remove the legacy coupon code path",
];

export const DEMO_FILES = ["src/charges.ts", "src/webhooks/dispatch.ts", "test/checkout.spec.ts", "main.tf", "src/search/query.sql", "src/router.tsx"];
const TOOLS = ["Read", "Edit", "Bash", "Grep", "Write"];

/** Locks are taken around edits, with a path, so they are not among the random kinds. */
export const COORDINATION_KINDS = [
  "task_started",
  "tests_passed",
  "tests_failed",
  "rebase_required",
  "review_requested",
  "task_finished",
];

/** A small seeded random source, so a demo can be replayed. */
export function random(seed: number) {
  // Scramble the seed so neighbouring seeds (agent 1, 2, …) diverge at once.
  let state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    between: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

export type Random = ReturnType<typeof random>;

/** An assistant turn: some thinking, a tool call or two, and a short report. */
export function assistantTurn(r: Random, task: string): Part[] {
  const file = r.pick(DEMO_FILES);
  const tool = r.pick(TOOLS);
  const parts: Part[] = [{ type: "reasoning", text: `The task is "${task}". I should look at ${file} first and check how it is tested.` }];
  parts.push({
    type: "tool",
    name: tool,
    state: r.next() < 0.1 ? "error" : "completed",
    input: tool === "Bash" ? { command: "bun test --filter charges" } : { file_path: file },
    output: tool === "Bash" ? "12 pass, 0 fail" : `${r.between(20, 400)} lines`,
  });
  parts.push({ type: "text", text: `Updated ${file}: ${r.pick(["handled the edge case", "added a test", "simplified the loop", "removed dead code"])}. Next I will run the full suite.` });
  return parts;
}

export function userTurn(r: Random): string {
  return r.pick(["Looks good, carry on.", "Please also add a test for the empty case.", "Can you keep the public API unchanged?", "Run the linter before you finish.", "Why did the last run fail?"]);
}

/** A simulated agent's answer to what a person wrote to it (delivered as "From <actor> via cairn: …"). */
export function answerTo(delivered: string): Part[] {
  const said = delivered.replace(/^From .*? via cairn: /, "");
  return [{ type: "text", text: `On it: ${said}` }];
}

/**
 * The agent name the seeded sessions still in progress are attached to: no simulated agent
 * works them, but whichever demo agent is free answers what a person writes to them.
 */
export const SEEDED_AGENT = "demo-seeded";
