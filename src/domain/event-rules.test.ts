import { describe, expect, test } from "bun:test";
import { CairnError } from "./errors.ts";
import { checkEvent, eventSummary, EVENT_RULES, type EventDraft, type RuleState } from "./event-rules.ts";
import { DOMAIN_KINDS } from "./events.ts";
import type { Status } from "./status.ts";

/** A small world: project `a` (2 sessions handed out), archived project `old`, project `b`. */
function world(): RuleState {
  const projects = new Map([
    ["a", { archived: false, sessionCounter: 2 }],
    ["b", { archived: false, sessionCounter: 1 }],
    ["old", { archived: true, sessionCounter: 0 }],
  ]);
  const sessions = new Map<string, { project: string; status: Status; agent: string | null; externalId?: string }>([
    ["a-1", { project: "a", status: "queued", agent: null, externalId: "ext-1" }],
    ["a-2", { project: "a", status: "running", agent: "claude" }],
    ["b-1", { project: "b", status: "queued", agent: null }],
  ]);
  const messages = new Map([["m-a", { session: "a-1", parts: 2 }]]);
  // a-2's agent is supervised and waits for approval req-1; b-1's supervisor has ended.
  const supervisions = new Map([
    ["a-2", { pid: 42, approval: "req-1" }],
    ["b-1", { pid: null, approval: null }],
  ]);
  const deliveries = new Map([
    ["d-pending", { session: "a-2", state: "pending", claim: null }],
    ["d-claimed", { session: "a-2", state: "claimed", claim: "c-1" }],
    ["d-done", { session: "a-2", state: "delivered", claim: "c-0" }],
    ["d-failed", { session: "a-2", state: "failed", claim: null }],
  ]);
  return {
    project: (id) => projects.get(id),
    session: (id) => sessions.get(id),
    sessionByExternalId: (externalId) => [...sessions.entries()].map(([id, s]) => ({ id, ...s })).find((s) => s.externalId === externalId),
    message: (id) => messages.get(id),
    supervision: (id) => supervisions.get(id),
    delivery: (id) => deliveries.get(id),
  };
}

const session = (id: string, kind: string, payload: Record<string, unknown>, project = id.replace(/-\d+$/, "")): EventDraft => ({ stream: `session:${id}`, kind, project, session: id, payload });
const created = (id: string, project?: string, extra: Record<string, unknown> = {}) => session(id, DOMAIN_KINDS.sessionCreated, { title: "t", status: "queued", externalId: null, ...extra }, project);
const text = [{ type: "text", text: "hi" }];

/** The refusal's code and message, or "ok". */
function verdict(e: EventDraft): string {
  try {
    checkEvent(world(), e);
    return "ok";
  } catch (error) {
    if (!(error instanceof CairnError)) throw error;
    return `${error.code}: ${error.message}`;
  }
}

describe("the domain event rules", () => {
  test("accept what the commands write", () => {
    expect(verdict({ stream: "project:c", kind: DOMAIN_KINDS.projectCreated, project: "c", payload: { name: "C", repo: null, description: null } })).toBe("ok");
    expect(verdict({ stream: "project:a", kind: DOMAIN_KINDS.projectArchived, project: "a", payload: {} })).toBe("ok");
    expect(verdict(created("a-3"))).toBe("ok");
    expect(verdict(session("a-1", DOMAIN_KINDS.sessionStatusChanged, { from: "queued", to: "running" }))).toBe("ok");
    expect(verdict(session("a-1", DOMAIN_KINDS.sessionTitled, { title: "new" }))).toBe("ok");
    expect(verdict(session("a-1", DOMAIN_KINDS.messageAppended, { id: "m-new", role: "user", parts: text }))).toBe("ok");
    expect(verdict(session("a-1", DOMAIN_KINDS.messagePartUpdated, { messageId: "m-a", position: 2, part: text[0] }))).toBe("ok");
    expect(verdict({ stream: "agent:x", kind: "lock_acquired", project: "a", session: "a-1", payload: {} })).toBe("ok");
  });

  test("hold status changes to the transition table and the session's current status", () => {
    expect(verdict(session("a-1", DOMAIN_KINDS.sessionStatusChanged, { from: "running", to: "done" }))).toBe("invalid_transition: session a-1 is queued, so it cannot go from running to done");
    expect(verdict(session("a-1", DOMAIN_KINDS.sessionStatusChanged, { from: "queued", to: "done" }))).toBe("invalid_transition: session a-1 cannot go from queued to done (allowed: running, failed, cancelled)");
    expect(verdict(session("a-1", DOMAIN_KINDS.sessionStatusChanged, { from: "queued", to: "paused" }))).toStartWith('invalid: unknown status "paused"');
  });

  test("give session ids out in order, each with its project's prefix", () => {
    expect(verdict(created("bar-2", "a"))).toBe("invalid: session id bar-2 does not match its project a (expected a-<n>)");
    expect(verdict(created("a-9999999999"))).toBe("invalid: session a-9999999999 is out of order: the next session of a is a-3");
    expect(verdict(created("a-2"))).toBe("exists: session a-2 already exists");
    expect(verdict(created("old-1"))).toBe("invalid: project old is archived");
    expect(verdict(created("zz-1"))).toBe("not_found: no project zz");
    expect(verdict(created("a-3", "a", { status: "running" }))).toBe('invalid: a new session starts queued, not "running"');
    expect(verdict(created("a-3", "a", { externalId: "ext-1" }))).toBe("exists: a session for ext-1 already exists");
  });

  test("keep session events in their session's project and stream", () => {
    expect(verdict(session("a-1", DOMAIN_KINDS.sessionTitled, { title: "x" }, "b"))).toBe("invalid: session a-1 belongs to project a, not b");
    expect(verdict({ ...session("a-1", DOMAIN_KINDS.sessionTitled, { title: "x" }), stream: "session:a-2" })).toBe("invalid: session.titled belongs on stream session:a-1, not session:a-2");
    expect(verdict(session("zz-1", DOMAIN_KINDS.messageAppended, { id: "m", role: "user", parts: text }))).toBe("not_found: no session zz-1");
    expect(verdict({ stream: "x:1", kind: "ping", project: "b", session: "a-1", payload: {} })).toBe("invalid: session a-1 belongs to project a, not b");
  });

  test("let a part update touch only a message of its own session", () => {
    expect(verdict(session("b-1", DOMAIN_KINDS.messagePartUpdated, { messageId: "m-a", position: 1, part: text[0] }))).toBe("invalid: message m-a belongs to session a-1, not b-1");
    expect(verdict(session("a-1", DOMAIN_KINDS.messagePartUpdated, { messageId: "m-a", position: 3, part: text[0] }))).toBe("not_found: no message part m-a#3");
    expect(verdict(session("a-1", DOMAIN_KINDS.messagePartUpdated, { messageId: "nope", position: 1, part: text[0] }))).toBe("not_found: no message part nope#1");
    expect(verdict(session("a-1", DOMAIN_KINDS.messageAppended, { id: "m-a", role: "user", parts: text }))).toBe("exists: message m-a already exists");
  });

  test("check payload shapes", () => {
    expect(verdict(session("a-1", DOMAIN_KINDS.messageAppended, { id: "m", role: ["user"], parts: text }))).toBe("invalid: role must be a string");
    expect(verdict(session("a-1", DOMAIN_KINDS.messageAppended, { id: "m", role: "user", parts: [] }))).toBe("invalid: a message needs at least one part");
    expect(verdict({ stream: "project:c", kind: DOMAIN_KINDS.projectCreated, project: "c", payload: { name: "C" } })).toBe("invalid: repo URL must be given, as null when there is none");
    expect(verdict({ stream: "project:c", kind: DOMAIN_KINDS.projectCreated, project: "c", payload: { name: "C", repo: null, description: "x".repeat(4_001) } })).toStartWith("invalid: description is too long");
    expect(verdict({ stream: "project:a", kind: DOMAIN_KINDS.projectArchived, project: "a", session: "a-1", payload: {} })).toBe("invalid: project.archived is about a project, not a session");
  });

  test("keep projects and their streams honest", () => {
    expect(verdict({ stream: "project:a", kind: DOMAIN_KINDS.projectCreated, project: "a", payload: { name: "A", repo: null, description: null } })).toBe("exists: project a already exists");
    expect(verdict({ stream: "project:old", kind: DOMAIN_KINDS.projectArchived, project: "old", payload: {} })).toBe("invalid: project old is already archived");
    expect(verdict({ stream: "project:zz", kind: DOMAIN_KINDS.projectArchived, project: "zz", payload: {} })).toBe("not_found: no project zz");
    // A coordination event may not claim the stream of a session that does not exist yet.
    expect(verdict({ stream: "session:a-3", kind: "ping", payload: {} })).toBe("not_found: stream session:a-3 names no session");
    expect(verdict({ stream: "job:1", kind: "session.bogus", payload: {} })).toStartWith("invalid: event kind session.bogus is reserved");
  });

  test("let only a live supervised agent be steered, and an approval be answered only by its request", () => {
    const control = (id: string) => session(id, DOMAIN_KINDS.controlRequested, { action: "interrupt", removeWorktree: false });
    expect(verdict(control("a-2"))).toBe("ok");
    expect(verdict(control("a-1"))).toBe("invalid: session a-1 is not supervised by cairn (start it with cairn run)");
    expect(verdict(control("b-1"))).toBe("invalid: session b-1 has no live agent (cairn session resume b-1 starts it again)");
    expect(verdict(session("a-2", DOMAIN_KINDS.controlRequested, { action: "pause", removeWorktree: false }))).toBe("invalid: action must be one of interrupt, stop");
    const answer = (request: string) => session("a-2", DOMAIN_KINDS.approvalAnswered, { request, allow: true, reason: null });
    expect(verdict(answer("req-1"))).toBe("ok");
    expect(verdict(answer("req-0"))).toBe("invalid: session a-2 waits for approval req-1, not req-0");
    expect(verdict(session("b-1", DOMAIN_KINDS.approvalAnswered, { request: "req-1", allow: false, reason: "no" }))).toBe("invalid: session b-1 is not waiting for an approval");
    const ask = session("a-2", DOMAIN_KINDS.approvalRequested, { request: "req-2", tool: "Write", summary: "x.ts", input: {} });
    expect(verdict(ask)).toBe("invalid: session a-2 already waits for an approval");
    const supervised = (id: string) => session(id, DOMAIN_KINDS.sessionSupervised, { agent: "claude", agentSession: "u-1", cwd: "/w", worktree: null, branch: null, ask: false });
    expect(verdict(supervised("b-1"))).toBe("ok");
    expect(verdict(supervised("a-2"))).toBe("invalid: session a-2 already has a live agent");
  });

  test("deliver only to a live agent, and move each item forward once", () => {
    const d = (kind: string, payload: Record<string, unknown>, id = "a-2") => verdict(session(id, kind, payload));
    expect(d(DOMAIN_KINDS.deliveryRequested, { id: "m-new", kind: "message", text: "From x via cairn: hi" })).toBe("ok");
    expect(d(DOMAIN_KINDS.deliveryRequested, { id: "m-new", kind: "message", text: "hi" }, "a-1")).toBe("invalid: session a-1 has no live agent to deliver to");
    expect(d(DOMAIN_KINDS.deliveryRequested, { id: "d-done", kind: "message", text: "hi" })).toBe("exists: d-done is already waiting for delivery");
    expect(d(DOMAIN_KINDS.deliveryRequested, { id: "m-new", kind: "letter", text: "hi" })).toBe('invalid: a delivery\'s kind is "message" or "event"');
    expect(d(DOMAIN_KINDS.deliveryClaimed, { id: "d-pending", claim: "c-2", via: "hook" })).toBe("ok");
    expect(d(DOMAIN_KINDS.deliveryClaimed, { id: "d-claimed", claim: "c-2", via: "hook" })).toBe("ok"); // a stale claim is taken over
    expect(d(DOMAIN_KINDS.deliveryClaimed, { id: "d-done", claim: "c-2", via: "hook" })).toBe("invalid: d-done was delivered already");
    expect(d(DOMAIN_KINDS.deliveryClaimed, { id: "d-failed", claim: "c-2", via: "hook" })).toBe("invalid: d-failed failed already");
    expect(d(DOMAIN_KINDS.deliveryClaimed, { id: "d-pending", claim: "c-2", via: "hook" }, "a-1")).toBe("not_found: nothing to deliver with id d-pending in session a-1");
    expect(d(DOMAIN_KINDS.deliveryDelivered, { id: "d-claimed", claim: "c-1", via: "hook" })).toBe("ok");
    expect(d(DOMAIN_KINDS.deliveryDelivered, { id: "d-done", claim: "c-1", via: "hook" })).toBe("invalid: d-done was delivered already");
    expect(d(DOMAIN_KINDS.deliveryReleased, { id: "d-claimed", claim: "c-1", reason: "socket gone" })).toBe("ok");
    expect(d(DOMAIN_KINDS.deliveryReleased, { id: "d-claimed", claim: "c-9", reason: "socket gone" })).toBe("invalid: d-claimed is not held by claim c-9");
    expect(d(DOMAIN_KINDS.deliveryFailed, { id: "d-pending", reason: "agent gone" })).toBe("ok");
    expect(d(DOMAIN_KINDS.agentAttached, { agent: "demo" }, "a-1")).toBe("ok");
    expect(d(DOMAIN_KINDS.agentDetached, { reason: "x".repeat(501) })).toStartWith("invalid: reason is too long");
  });

  test("summarize every domain kind in one line, and others by their payload", () => {
    expect(Object.keys(EVENT_RULES).sort()).toEqual(Object.values(DOMAIN_KINDS).sort());
    expect(eventSummary({ kind: DOMAIN_KINDS.sessionStatusChanged, payload: { from: "queued", to: "running" } })).toBe("queued → running");
    expect(eventSummary({ kind: DOMAIN_KINDS.messageAppended, payload: { id: "m", role: "user", parts: text } })).toBe("user: hi");
    expect(eventSummary({ kind: "lock.acquired", payload: { file: "a" } })).toBe('{"file":"a"}');
    expect(eventSummary({ kind: "ping", payload: {} })).toBe("");
  });
});
