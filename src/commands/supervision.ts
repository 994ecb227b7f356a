/**
 * Commands for supervised agents (`cairn run`): recording how an agent was started, which
 * supervisor works it, the person's requests to it (interrupt, stop, approve, deny), and the
 * end of a supervisor, expected or not. Liveness of processes is the caller's to judge:
 * commands do no process I/O.
 */
import { DOMAIN_KINDS, sessionStream } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import type { Json } from "../domain/json.ts";
import type { Part } from "../domain/message.ts";
import { messageDeliveryText } from "../domain/delivery.ts";
import { isFinished, type Status } from "../domain/status.ts";
import { SUPERVISOR_GONE, type ControlAction, type SupervisedAgent } from "../domain/supervision.ts";
import type { Session, Supervision } from "../store/rows.ts";
import type { Writer } from "../store/store.ts";
import type { CommandContext } from "./context.ts";
import { attachAgent, requestDelivery } from "./delivery.ts";
import { appendMessage, moveStatus, requireSession } from "./session.ts";

type SupervisionKind =
  | typeof DOMAIN_KINDS.sessionSupervised
  | typeof DOMAIN_KINDS.supervisorStarted
  | typeof DOMAIN_KINDS.supervisorEnded
  | typeof DOMAIN_KINDS.controlRequested
  | typeof DOMAIN_KINDS.approvalRequested
  | typeof DOMAIN_KINDS.approvalAnswered;

function sessionEvent(ctx: CommandContext, w: Writer, session: Session, kind: SupervisionKind, payload: Record<string, Json>): void {
  w.append({ stream: sessionStream(session.id), kind, project: session.project, session: session.id, payload, actor: ctx.actor });
}

export interface SuperviseInput {
  session: string;
  agent: SupervisedAgent;
  agentSession: string;
  cwd: string;
  worktree: string | null;
  branch: string | null;
  ask: boolean;
}

/** cairn will start and own the session's agent, as described. */
export function superviseSession(ctx: CommandContext, input: SuperviseInput): Supervision {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    const { session: _, ...payload } = input;
    sessionEvent(ctx, w, session, DOMAIN_KINDS.sessionSupervised, payload);
    return w.supervision(session.id)!;
  });
}

/** A supervisor process now works the session (once per process, whoever records it first). */
export function supervisorStarted(ctx: CommandContext, input: { session: string; pid: number }): void {
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    if (w.supervision(session.id)?.pid === input.pid) return;
    sessionEvent(ctx, w, session, DOMAIN_KINDS.supervisorStarted, { pid: input.pid });
  });
}

/** The status a live session takes from its agent; a finished session keeps its own. */
export function followAgent(ctx: CommandContext, input: { session: string; to: Status }): Session {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    return isFinished(session.status) || session.status === input.to ? session : moveStatus(ctx, input);
  });
}

/**
 * A supervised agent starts work: deliveries go to it from now on, and what the person wrote to
 * the session while no agent ran (a queued session's task, messages to a stopped session) is
 * delivered to it first.
 */
export function attachSupervisedAgent(ctx: CommandContext, session: string): void {
  ctx.store.write((w) => {
    const found = requireSession(w, session);
    attachAgent(ctx, { session, agent: w.supervision(session)?.agent ?? "claude" });
    // The session's parts read once, grouped by message: a long session is not re-read per message.
    const userMessages = new Map<string, Part[]>();
    for (const p of w.parts(session)) if (p.role === "user") userMessages.set(p.messageId, [...(userMessages.get(p.messageId) ?? []), p.part]);
    for (const [id, parts] of userMessages) if (!w.delivery(id)) requestDelivery(ctx, w, found, { id, kind: "message", text: messageDeliveryText(null, parts) });
  });
}

/**
 * The supervisor `pid` has ended: the session is done or failed (with the error said in a
 * system message), unless the person already finished it (cancelled stays cancelled).
 */
export function supervisorEnded(ctx: CommandContext, input: { session: string; pid: number; reason: string; status: "done" | "failed"; error?: string }): void {
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    if (w.supervision(session.id)?.pid !== input.pid) return; // another supervisor has taken over, or it was already recorded
    if (!isFinished(session.status)) {
      if (input.error) appendMessage(ctx, { session: session.id, role: "system", message: input.error });
      moveStatus(ctx, { session: session.id, to: input.status });
    }
    // The agent stays attached: `session resume` brings it back on its own conversation, and
    // what was written meanwhile (or claimed but never confirmed) is delivered then, exactly once.
    sessionEvent(ctx, w, session, DOMAIN_KINDS.supervisorEnded, { reason: input.reason });
  });
}

/** Asks the live agent to cancel its turn (`interrupt`) or to end (`stop`). */
export function requestControl(ctx: CommandContext, input: { session: string; action: ControlAction; removeWorktree?: boolean }): Session {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    sessionEvent(ctx, w, session, DOMAIN_KINDS.controlRequested, { action: input.action, removeWorktree: input.removeWorktree ?? false });
    return session;
  });
}

/** The agent asks to use a tool: the session waits for the person. */
export function requestApproval(ctx: CommandContext, input: { session: string; request: string; tool: string; summary: string; input: Json }): void {
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    const { session: _, ...payload } = input;
    sessionEvent(ctx, w, session, DOMAIN_KINDS.approvalRequested, payload);
    if (!isFinished(session.status)) moveStatus(ctx, { session: session.id, to: "waiting" });
  });
}

/** The person's answer to the approval the session waits for. */
export function answerApproval(ctx: CommandContext, input: { session: string; allow: boolean; reason?: string }): Supervision["approval"] {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    const approval = w.supervision(session.id)?.approval ?? fail("invalid", `session ${session.id} is not waiting for an approval`);
    sessionEvent(ctx, w, session, DOMAIN_KINDS.approvalAnswered, { request: approval!.request, allow: input.allow, reason: input.reason ?? null });
    return approval;
  });
}

/**
 * Supervisors the log believes running whose process is gone (killed, crashed, machine
 * restarted): their sessions fail with "supervisor gone". Any reader may call this.
 */
export function reapSupervisors(ctx: CommandContext, alive: (pid: number, session: string) => boolean, only?: string): string[] {
  const rows = only === undefined ? ctx.store.statements.liveSupervisions.all() : [ctx.store.statements.supervisionBySession.get(only)].filter((r) => r?.pid != null);
  const gone = rows.filter((r) => !alive(r!.pid!, r!.session));
  for (const row of gone) {
    supervisorEnded(ctx, { session: row!.session, pid: row!.pid!, reason: SUPERVISOR_GONE, status: "failed", error: `${SUPERVISOR_GONE}: the process supervising this agent (pid ${row!.pid}) ended without a word` });
  }
  return gone.map((r) => r!.session);
}
