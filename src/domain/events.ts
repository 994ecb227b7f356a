import type { Json } from "./json.ts";
import { fail } from "./errors.ts";
import { isoTime } from "./when.ts";

/** Event kinds that change projections (their rules: `event-rules.ts`). Everything else is a coordination event. */
export const DOMAIN_KINDS = {
  projectCreated: "project.created",
  projectArchived: "project.archived",
  projectUnarchived: "project.unarchived",
  sessionCreated: "session.created",
  sessionStatusChanged: "session.status_changed",
  sessionTitled: "session.titled",
  messageAppended: "message.appended",
  messagePartUpdated: "message.part_updated",
  sessionSupervised: "session.supervised",
  supervisorStarted: "session.supervisor_started",
  supervisorEnded: "session.supervisor_ended",
  controlRequested: "session.control_requested",
  approvalRequested: "session.approval_requested",
  approvalAnswered: "session.approval_answered",
  agentAttached: "session.agent_attached",
  agentDetached: "session.agent_detached",
  deliveryRequested: "delivery.requested",
  deliveryClaimed: "delivery.claimed",
  deliveryDelivered: "delivery.delivered",
  deliveryReleased: "delivery.released",
  deliveryFailed: "delivery.failed",
} as const;
export type DomainKind = (typeof DOMAIN_KINDS)[keyof typeof DOMAIN_KINDS];

const DOMAIN_PREFIXES = ["project.", "session.", "message.", "delivery."];

const DOMAIN_KIND_SET: ReadonlySet<string> = new Set(Object.values(DOMAIN_KINDS));

export const isDomainKind = (kind: string): kind is DomainKind => DOMAIN_KIND_SET.has(kind);

/** Coordination events may not borrow the domain's names, or they could forge projection changes. */
export function coordinationKind(kind: string): string {
  // A loop, not .some(): each Array builtin costs a fresh process ~0.2 ms on its first use (it is compiled then).
  for (const prefix of DOMAIN_PREFIXES) {
    if (kind.startsWith(prefix)) fail("invalid", `event kind ${kind} is reserved for cairn's own events; pick a name like task_started`);
  }
  return kind;
}

/** Stream names: `<category>:<id>`. */
export const projectStream = (id: string): string => `project:${id}`;
export const sessionStream = (id: string): string => `session:${id}`;

const STREAM = /^[a-z][a-z0-9_-]{0,31}:[^\s\u0000-\u001f]{1,128}$/;
export function streamName(value: string): string {
  if (!STREAM.test(value) || !value.isWellFormed()) fail("invalid", `invalid stream ${JSON.stringify(value.slice(0, 80))}: expected <category>:<id>, like agent:alice`);
  return value;
}

/** An event as stored and as printed (the JSON shape scripts rely on). */
export interface CairnEvent {
  seq: number;
  id: string;
  stream: string;
  version: number;
  kind: string;
  project: string | null;
  session: string | null;
  source: string | null;
  target: string | null;
  payload: Record<string, Json>;
  ts: number;
  actor: string | null;
}

/** The JSON shape of an event that scripts rely on (SPEC): `ts` as an ISO-8601 string. */
export const eventToJson = (e: CairnEvent) => ({ ...e, ts: isoTime(e.ts) });
