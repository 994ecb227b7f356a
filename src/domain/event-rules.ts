/**
 * The one table of domain events. For each kind: the shape of its payload, the rule that
 * decides whether it may apply to the current state, and its one-line summary for views.
 * Every append (commands, `cairn import`) and every replay (`db rebuild`, `db check`) goes
 * through `checkEvent`, so the log can only hold what the commands would have accepted.
 * Plain functions over a read-only view of the state: no I/O here, the store answers.
 */
import type { DeliveryKind } from "./delivery.ts";
import { fail } from "./errors.ts";
import { coordinationKind, DOMAIN_KINDS, isDomainKind, projectStream, sessionStream, type CairnEvent, type DomainKind } from "./events.ts";
import { eventKind, isSessionId, projectId, refName, sessionId, sessionIdFor } from "./ids.ts";
import { LIMITS } from "./limits.ts";
import { checkParts, role, summarizeParts, type Part, type Role } from "./message.ts";
import { canTransition, isStatus, STATUSES, TRANSITIONS, type Status } from "./status.ts";
import { CONTROL_ACTIONS, SUPERVISED_AGENTS, type ControlAction, type SupervisedAgent } from "./supervision.ts";
import { cleanText } from "./text.ts";
import { checkedJson, type Json } from "./json.ts";

/** What the rules may read of the state the event would apply to (the projections, inside the write). */
export interface RuleState {
  project(id: string): { archived: boolean; sessionCounter: number } | undefined;
  session(id: string): { project: string; status: Status; agent: string | null } | undefined;
  sessionByExternalId(externalId: string): { id: string } | undefined;
  /** A message's session and how many parts it has. */
  message(id: string): { session: string; parts: number } | undefined;
  /** A supervised session's supervisor process (null when none runs) and the approval it waits for. */
  supervision(session: string): { pid: number | null; approval: string | null } | undefined;
  /** An item for a live agent: its session, how far it got, and the claim in flight. */
  delivery(id: string): { session: string; state: string; claim: string | null } | undefined;
}

/** Payloads of the domain kinds, as stored in the log and read by the projections. */
export interface DomainPayloads {
  "project.created": { name: string; repo: string | null; description: string | null };
  "project.archived": Record<string, never>;
  "project.unarchived": Record<string, never>;
  /** `parent`: the session this one was started from (a subagent's); absent when there is none. */
  "session.created": { title: string; status: Status; externalId: string | null; parent?: string };
  "session.status_changed": { from: Status; to: Status };
  "session.titled": { title: string };
  "message.appended": { id: string; role: Role; parts: Part[] };
  /** A part replaced in place, e.g. a tool call that finished. */
  "message.part_updated": { messageId: string; position: number; part: Part };
  /** cairn starts and owns this session's agent (`cairn run`): how to start it again. */
  "session.supervised": { agent: SupervisedAgent; agentSession: string; cwd: string; worktree: string | null; branch: string | null; ask: boolean };
  /** A supervisor process now works the session's agent. */
  "session.supervisor_started": { pid: number };
  "session.supervisor_ended": { reason: string };
  /** The person asks the live agent to cancel its turn, or to end. */
  "session.control_requested": { action: ControlAction; removeWorktree: boolean };
  /** The agent waits for the person to allow a tool call. */
  "session.approval_requested": { request: string; tool: string; summary: string; input: Json };
  "session.approval_answered": { request: string; allow: boolean; reason: string | null };
  /** A live agent now works this session: what a person appends is delivered to it. */
  "session.agent_attached": { agent: string };
  /** The agent is gone; whatever was still undelivered fails with `reason`. */
  "session.agent_detached": { reason: string };
  /** `id` is the message's or event's id; `text` what the agent will read. */
  "delivery.requested": { id: string; kind: DeliveryKind; text: string };
  /** Taken by one deliverer (`claim` is unique to that attempt). */
  "delivery.claimed": { id: string; claim: string; via: string };
  "delivery.delivered": { id: string; claim: string; via: string };
  /** The attempt gave up and the item is pending again (the next path retries it). */
  "delivery.released": { id: string; claim: string; reason: string };
  "delivery.failed": { id: string; reason: string };
}

/** An event as the rules see it: what will be stored, before the store numbers it. */
export interface EventDraft {
  stream: string;
  kind: string;
  project?: string | null;
  session?: string | null;
  payload: Record<string, unknown>;
}

/** A domain event that passed its rule: references present, payload in its kind's shape. */
export type DomainEvent = {
  [K in DomainKind]: Omit<CairnEvent, "kind" | "project" | "payload"> & { kind: K; project: string; payload: DomainPayloads[K] };
}[DomainKind];

/** Where an event of the kind lives: its project's stream, or its session's. */
type Scope = "project" | "session";

interface EventRule<P> {
  scope: Scope;
  /** Checks the payload's shape and limits; returns it typed. */
  payload(p: Record<string, unknown>): P;
  /**
   * Whether it may apply now. Scope rules have run: a session event's session exists and
   * belongs to the event's project (except `session.created`, whose rule says when it may).
   */
  allowed(state: RuleState, e: { project: string; session: string }, p: P): void;
  /** One line for event lists and the tail. */
  summary(p: P): string;
}

type Table = { [K in DomainKind]: EventRule<DomainPayloads[K]> };

// Payload checks return exactly what they were given (typed), so a stored payload is the one checked.
const str = (what: string, value: unknown): string => (typeof value === "string" ? value : fail("invalid", `${what} must be a string`));

const text = (what: string, value: unknown, max: number = LIMITS.title): string => cleanText(what, str(what, value), max);

const nullable = <T>(what: string, value: unknown, check: (value: unknown) => T): T | null =>
  value === null ? null : value === undefined ? fail("invalid", `${what} must be given, as null when there is none`) : check(value);

const status = (what: string, value: unknown): Status =>
  typeof value === "string" && isStatus(value) ? value : fail("invalid", `unknown status ${JSON.stringify(value)}${what === "from" ? " to move from" : ""}: use one of ${STATUSES.join(", ")}`);

const nothing = () => {};

const bool = (what: string, value: unknown): boolean => (typeof value === "boolean" ? value : fail("invalid", `${what} must be true or false`));

const oneOf = <T extends string>(what: string, value: unknown, allowed: readonly T[]): T =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : fail("invalid", `${what} must be one of ${allowed.join(", ")}`);

/** The session's supervisor, which must be running for the person to steer its agent. */
function liveSupervisor(state: RuleState, session: string): { pid: number | null; approval: string | null } {
  const found = state.supervision(session) ?? fail("invalid", `session ${session} is not supervised by cairn (start it with cairn run)`);
  if (found.pid === null) fail("invalid", `session ${session} has no live agent (cairn session resume ${session} starts it again)`);
  return found;
}

const ref = (what: string, value: unknown): string => refName(what, str(what, value));

/** The item a delivery event is about: it exists, in the event's session. */
function deliveryIn(state: RuleState, session: string, id: string): { state: string; claim: string | null } {
  const found = state.delivery(id);
  if (!found || found.session !== session) fail("not_found", `nothing to deliver with id ${id} in session ${session}`);
  return found!;
}

const notDelivered = (d: { state: string }, id: string) => {
  if (d.state === "delivered") fail("invalid", `${id} was delivered already`);
};

export const EVENT_RULES: Table = {
  [DOMAIN_KINDS.projectCreated]: {
    scope: "project",
    payload: (p) => ({
      name: text("project name", p.name),
      repo: nullable("repo URL", p.repo, (v) => text("repo URL", v)),
      description: nullable("description", p.description, (v) => text("description", v, LIMITS.description)),
    }),
    allowed(state, e) {
      if (state.project(e.project)) fail("exists", `project ${e.project} already exists`);
    },
    summary: (p) => String(p.name),
  },
  [DOMAIN_KINDS.projectArchived]: {
    scope: "project",
    payload: () => ({}),
    allowed(state, e) {
      if (state.project(e.project)!.archived) fail("invalid", `project ${e.project} is already archived`);
    },
    summary: () => "",
  },
  [DOMAIN_KINDS.projectUnarchived]: {
    scope: "project",
    payload: () => ({}),
    allowed(state, e) {
      if (!state.project(e.project)!.archived) fail("invalid", `project ${e.project} is not archived`);
    },
    summary: () => "",
  },
  [DOMAIN_KINDS.sessionCreated]: {
    scope: "session",
    payload(p) {
      if (p.status !== "queued") fail("invalid", `a new session starts queued, not ${JSON.stringify(p.status)}`);
      const parent = p.parent === undefined ? {} : { parent: sessionId(str("parent session", p.parent)) };
      return { title: text("title", p.title), status: "queued", externalId: nullable("external id", p.externalId, (v) => refName("external id", str("external id", v))), ...parent };
    },
    allowed(state, e, p) {
      const project = state.project(e.project) ?? fail("not_found", `no project ${e.project}`);
      if (project.archived) fail("invalid", `project ${e.project} is archived`);
      // Ids are handed out in order, so the counter only ever moves by one and cannot be pushed past its end.
      const next = sessionIdFor(e.project, project.sessionCounter + 1);
      if (e.session !== next) {
        if (!e.session.startsWith(`${e.project}-`)) fail("invalid", `session id ${e.session} does not match its project ${e.project} (expected ${e.project}-<n>)`);
        fail("invalid", `session ${e.session} is out of order: the next session of ${e.project} is ${next}`);
      }
      if (p.externalId !== null && state.sessionByExternalId(p.externalId)) fail("exists", `a session for ${p.externalId} already exists`);
      if (p.parent !== undefined && state.session(p.parent)?.project !== e.project) fail("not_found", `no session ${p.parent} in project ${e.project} to be the parent`);
    },
    summary: (p) => String(p.title),
  },
  [DOMAIN_KINDS.sessionStatusChanged]: {
    scope: "session",
    payload: (p) => ({ from: status("from", p.from), to: status("to", p.to) }),
    allowed(state, e, p) {
      const current = state.session(e.session)!.status;
      if (p.from !== current) fail("invalid_transition", `session ${e.session} is ${current}, so it cannot go from ${p.from} to ${p.to}`);
      if (!canTransition(p.from, p.to)) {
        fail("invalid_transition", `session ${e.session} cannot go from ${p.from} to ${p.to} (allowed: ${TRANSITIONS[p.from].join(", ")})`);
      }
    },
    summary: (p) => `${String(p.from)} → ${String(p.to)}`,
  },
  [DOMAIN_KINDS.sessionTitled]: {
    scope: "session",
    payload: (p) => ({ title: text("title", p.title) }),
    allowed: nothing,
    summary: (p) => String(p.title),
  },
  [DOMAIN_KINDS.messageAppended]: {
    scope: "session",
    payload: (p) => ({ id: refName("message id", str("message id", p.id)), role: role(str("role", p.role)), parts: checkParts(p.parts) }),
    allowed(state, _e, p) {
      if (state.message(p.id)) fail("exists", `message ${p.id} already exists`);
    },
    summary: (p) => `${String(p.role)}: ${summarizeParts(Array.isArray(p.parts) ? p.parts : [])}`,
  },
  [DOMAIN_KINDS.messagePartUpdated]: {
    scope: "session",
    payload(p) {
      const messageId = str("message id", p.messageId);
      if (!Number.isInteger(p.position) || (p.position as number) < 1) fail("invalid", 'a part update needs a "position" (a whole number from 1)');
      const [part] = checkParts([p.part]);
      return { messageId, position: p.position as number, part: part! };
    },
    allowed(state, e, p) {
      const message = state.message(p.messageId);
      if (!message || p.position > message.parts) fail("not_found", `no message part ${p.messageId}#${p.position}`);
      if (message!.session !== e.session) fail("invalid", `message ${p.messageId} belongs to session ${message!.session}, not ${e.session}`);
    },
    summary: (p) => `part ${String(p.position)} → ${summarizeParts([p.part])}`,
  },
  [DOMAIN_KINDS.sessionSupervised]: {
    scope: "session",
    payload: (p) => ({
      agent: oneOf("agent", p.agent, SUPERVISED_AGENTS),
      agentSession: refName("agent session id", str("agent session id", p.agentSession)),
      cwd: text("working directory", p.cwd, LIMITS.description),
      worktree: nullable("worktree", p.worktree, (v) => text("worktree", v, LIMITS.description)),
      branch: nullable("branch", p.branch, (v) => text("branch", v)),
      ask: bool("ask", p.ask),
    }),
    allowed(state, e) {
      if (state.supervision(e.session)?.pid != null) fail("invalid", `session ${e.session} already has a live agent`);
    },
    summary: (p) => `${String(p.agent)} in ${String(p.worktree ?? p.cwd)}${p.ask ? " (asks for approvals)" : ""}`,
  },
  [DOMAIN_KINDS.supervisorStarted]: {
    scope: "session",
    payload: (p) => ({ pid: Number.isInteger(p.pid) && (p.pid as number) > 0 ? (p.pid as number) : fail("invalid", "pid must be a whole number above 0") }),
    allowed(state, e) {
      state.supervision(e.session) ?? fail("invalid", `session ${e.session} is not supervised by cairn (start it with cairn run)`);
    },
    summary: (p) => `pid ${String(p.pid)}`,
  },
  [DOMAIN_KINDS.supervisorEnded]: {
    scope: "session",
    payload: (p) => ({ reason: text("reason", p.reason) }),
    allowed: (state, e) => void liveSupervisor(state, e.session),
    summary: (p) => String(p.reason),
  },
  [DOMAIN_KINDS.controlRequested]: {
    scope: "session",
    payload: (p) => ({ action: oneOf("action", p.action, CONTROL_ACTIONS), removeWorktree: bool("removeWorktree", p.removeWorktree) }),
    allowed: (state, e) => void liveSupervisor(state, e.session),
    summary: (p) => `${String(p.action)}${p.removeWorktree ? " (remove worktree)" : ""}`,
  },
  [DOMAIN_KINDS.approvalRequested]: {
    scope: "session",
    payload: (p) => {
      checkedJson("tool input", p.input, LIMITS.payloadBytes);
      return { request: refName("request id", str("request id", p.request)), tool: text("tool", p.tool), summary: text("summary", p.summary), input: p.input as Json };
    },
    allowed(state, e) {
      if (liveSupervisor(state, e.session).approval !== null) fail("invalid", `session ${e.session} already waits for an approval`);
    },
    summary: (p) => `${String(p.tool)} ${String(p.summary)}`,
  },
  [DOMAIN_KINDS.approvalAnswered]: {
    scope: "session",
    payload: (p) => ({ request: str("request id", p.request), allow: bool("allow", p.allow), reason: nullable("reason", p.reason, (v) => text("reason", v, LIMITS.description)) }),
    allowed(state, e, p) {
      const waiting = state.supervision(e.session)?.approval ?? fail("invalid", `session ${e.session} is not waiting for an approval`);
      if (waiting !== p.request) fail("invalid", `session ${e.session} waits for approval ${waiting}, not ${p.request}`);
    },
    summary: (p) => `${p.allow ? "allowed" : "denied"}${p.reason ? `: ${String(p.reason)}` : ""}`,
  },
  [DOMAIN_KINDS.agentAttached]: {
    scope: "session",
    payload: (p) => ({ agent: ref("agent", p.agent) }),
    allowed: nothing,
    summary: (p) => `agent ${String(p.agent)} attached`,
  },
  [DOMAIN_KINDS.agentDetached]: {
    scope: "session",
    payload: (p) => ({ reason: text("reason", p.reason) }),
    allowed: nothing,
    summary: (p) => `agent gone: ${String(p.reason)}`,
  },
  [DOMAIN_KINDS.deliveryRequested]: {
    scope: "session",
    payload: (p) => ({
      id: ref("delivery id", p.id),
      kind: p.kind === "message" || p.kind === "event" ? p.kind : fail("invalid", 'a delivery\'s kind is "message" or "event"'),
      text: text("delivery text", p.text, LIMITS.messageBytes),
    }),
    allowed(state, e, p) {
      if (state.delivery(p.id)) fail("exists", `${p.id} is already waiting for delivery`);
      if (state.session(e.session)!.agent === null) fail("invalid", `session ${e.session} has no live agent to deliver to`);
    },
    summary: (p) => String(p.text),
  },
  [DOMAIN_KINDS.deliveryClaimed]: {
    scope: "session",
    payload: (p) => ({ id: ref("delivery id", p.id), claim: ref("claim", p.claim), via: ref("path", p.via) }),
    allowed(state, e, p) {
      const d = deliveryIn(state, e.session, p.id);
      notDelivered(d, p.id);
      if (d.state === "failed") fail("invalid", `${p.id} failed already`);
    },
    summary: (p) => `claimed for delivery via ${String(p.via)}`,
  },
  [DOMAIN_KINDS.deliveryDelivered]: {
    scope: "session",
    payload: (p) => ({ id: ref("delivery id", p.id), claim: ref("claim", p.claim), via: ref("path", p.via) }),
    allowed: (state, e, p) => notDelivered(deliveryIn(state, e.session, p.id), p.id),
    summary: (p) => `delivered via ${String(p.via)}`,
  },
  [DOMAIN_KINDS.deliveryReleased]: {
    scope: "session",
    payload: (p) => ({ id: ref("delivery id", p.id), claim: ref("claim", p.claim), reason: text("reason", p.reason) }),
    allowed(state, e, p) {
      const d = deliveryIn(state, e.session, p.id);
      if (d.state !== "claimed" || d.claim !== p.claim) fail("invalid", `${p.id} is not held by claim ${p.claim}`);
    },
    summary: (p) => `delivery retried later: ${String(p.reason)}`,
  },
  [DOMAIN_KINDS.deliveryFailed]: {
    scope: "session",
    payload: (p) => ({ id: ref("delivery id", p.id), reason: text("reason", p.reason) }),
    allowed: (state, e, p) => notDelivered(deliveryIn(state, e.session, p.id), p.id),
    summary: (p) => `delivery failed: ${String(p.reason)}`,
  },
};

/** The project and session a domain event is about, checked against its kind's scope. */
function scoped(state: RuleState, e: EventDraft, scope: Scope): { project: string; session: string } {
  const project = typeof e.project === "string" ? projectId(e.project) : fail("invalid", `${e.kind} needs a project`);
  if (scope === "project") {
    if (e.session != null) fail("invalid", `${e.kind} is about a project, not a session`);
    if (e.stream !== projectStream(project)) fail("invalid", `${e.kind} belongs on stream ${projectStream(project)}, not ${e.stream}`);
    if (e.kind !== DOMAIN_KINDS.projectCreated && !state.project(project)) fail("not_found", `no project ${project}`);
    return { project, session: "" };
  }
  const session = typeof e.session === "string" ? sessionId(e.session) : fail("invalid", `${e.kind} needs a session`);
  if (e.stream !== sessionStream(session)) fail("invalid", `${e.kind} belongs on stream ${sessionStream(session)}, not ${e.stream}`);
  if (e.kind !== DOMAIN_KINDS.sessionCreated) {
    const found = state.session(session) ?? fail("not_found", `no session ${session}`);
    if (found.project !== project) fail("invalid", `session ${session} belongs to project ${found.project}, not ${project}`);
  } else if (state.session(session)) fail("exists", `session ${session} already exists`);
  return { project, session };
}

/** `project:<id>` and `session:<id>` streams belong to things that exist; nothing may claim them early. */
function checkStreamOwner(state: RuleState, stream: string): void {
  if (stream.startsWith("project:") && !state.project(stream.slice(8))) fail("not_found", `stream ${stream} names no project`);
  if (stream.startsWith("session:") && !state.session(stream.slice(8))) fail("not_found", `stream ${stream} names no session`);
}

/**
 * The rules for coordination events: a name of their own, and references that agree with
 * the state (an existing project; an existing session, in that project).
 */
function checkCoordinationEvent(state: RuleState, e: EventDraft): void {
  coordinationKind(eventKind(e.kind));
  const project = e.project == null ? undefined : projectId(e.project);
  const found = e.session == null || !isSessionId(e.session) ? undefined : state.session(e.session);
  // A session of the project vouches that it exists (a session's project is never removed):
  // the projects table is not read for an agent's events, each a process of its own.
  if (project !== undefined && found?.project !== project && !state.project(project)) fail("not_found", `no project ${project}`);
  if (e.session != null) {
    if (!found) fail("not_found", `no session ${sessionId(e.session)}`);
    if (project !== undefined && found!.project !== project) fail("invalid", `session ${e.session} belongs to project ${found!.project}, not ${project}`);
  }
  checkStreamOwner(state, e.stream);
}

/**
 * Whether an event may be appended to the state as it is now: refuses with a one-line
 * CairnError naming the rule, else returns the event typed for the projections (domain
 * kinds) or null (coordination events, which change no projection).
 */
export function checkEvent<E extends EventDraft>(state: RuleState, e: E): (E & DomainEvent) | null {
  if (!isDomainKind(e.kind)) {
    checkCoordinationEvent(state, e);
    return null;
  }
  const rule = EVENT_RULES[e.kind] as EventRule<unknown>;
  const refs = scoped(state, e, rule.scope);
  const payload = rule.payload(e.payload);
  rule.allowed(state, refs, payload);
  return e as E & DomainEvent;
}

/** The checks that need no state (a domain event's payload shape): an import runs them before it takes the write lock. */
export function checkEventShape(e: Pick<EventDraft, "kind" | "payload">): void {
  if (isDomainKind(e.kind)) (EVENT_RULES[e.kind] as EventRule<unknown>).payload(e.payload);
}

/** What an event says, for people: domain events in words, others as their payload. */
export function eventSummary(e: Pick<CairnEvent, "kind" | "payload">): string {
  if (isDomainKind(e.kind)) return (EVENT_RULES[e.kind] as EventRule<unknown>).summary(e.payload);
  const text = JSON.stringify(e.payload);
  return text === "{}" ? "" : text;
}
