/**
 * The large database for the "1,000,000 events / 10,000 sessions" budgets: written through
 * the store's own append path in batches of 10,000 events, so projections are real.
 * Cached under .cache/bench (git-ignored): generating a million events takes a while.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import type { NewEvent } from "../../src/store/append.ts";
import { Store } from "../../src/store/store.ts";

const KINDS = ["task_started", "lock_acquired", "lock_released", "tests_passed", "tests_failed", "rebase_required", "review_requested", "task_finished"];

export async function bigDatabase(root: string, events: number, sessionCount: number): Promise<string> {
  const dir = `${root}.cache/bench`;
  const path = `${dir}/big-${events}-${sessionCount}.db`;
  if (existsSync(path)) return path;
  mkdirSync(dir, { recursive: true });
  const building = `${path}.building`;
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${building}${suffix}`, { force: true });
  const store = Store.open(building);
  const now = Date.now();
  const span = 30 * 86_400_000; // a month of history, ending now
  const projects = 20;
  const messagesPerSession = 3;
  const domain = projects + sessionCount * (2 + messagesPerSession);
  const coordination = Math.max(0, events - domain);
  let written = 0;
  const ts = () => now - span + Math.floor((written / events) * span);
  const pending: NewEvent[] = [];
  const flush = () => {
    store.append(pending.splice(0));
  };
  const add = (event: NewEvent) => {
    pending.push({ ...event, ts: ts(), actor: "bench" });
    written++;
    if (pending.length >= 10_000) flush();
  };
  for (let p = 0; p < projects; p++) add({ stream: `project:p${p}`, kind: "project.created", project: `p${p}`, payload: { name: `Project ${p}`, repo: null, description: null } });
  // Sessions interleaved with coordination traffic, as agents would produce it.
  const perSession = Math.floor(coordination / sessionCount);
  for (let s = 0; s < sessionCount; s++) {
    const project = `p${s % projects}`;
    const session = `${project}-${Math.floor(s / projects) + 1}`;
    const stream = `session:${session}`;
    add({ stream, kind: "session.created", project, session, payload: { title: `Task ${s}: fix the flaky test`, status: "queued", externalId: null } });
    add({ stream, kind: "session.status_changed", project, session, payload: { from: "queued", to: "running" } });
    for (let m = 0; m < messagesPerSession; m++) {
      add({ stream, kind: "message.appended", project, session, payload: { id: `m-${s}-${m}`, role: m % 2 ? "user" : "assistant", parts: [{ type: "text", text: `Message ${m} of session ${s}` }] } });
    }
    const extra = s === sessionCount - 1 ? coordination - perSession * (sessionCount - 1) : perSession;
    for (let c = 0; c < extra; c++) {
      add({ stream: `agent:agent-${c % 16}`, kind: KINDS[(s + c) % KINDS.length]!, project, session, source: `agent-${c % 16}`, target: "main", payload: { step: c } });
    }
  }
  flush();
  store.sqlite.run("PRAGMA wal_checkpoint(TRUNCATE)");
  store.close();
  renameSync(building, path);
  for (const suffix of ["-wal", "-shm"]) rmSync(`${building}${suffix}`, { force: true });
  return path;
}
