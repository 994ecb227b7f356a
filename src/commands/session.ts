import { messageDeliveryText } from "../domain/delivery.ts";
import { DOMAIN_KINDS, sessionStream } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { newMessageId, sessionId, sessionIdFor } from "../domain/ids.ts";
import { textPart, titleFromText, type Part } from "../domain/message.ts";
import { isStatus, pathTo, type Status } from "../domain/status.ts";
import type { Session } from "../store/rows.ts";
import type { Writer } from "../store/store.ts";
import type { CommandContext } from "./context.ts";
import { requestDelivery } from "./delivery.ts";

// The commands build events; whether an event may apply (payload limits, transitions, message
// ownership, session ids and counters, existence) is decided by its rule in domain/event-rules.ts.

export interface NewSessionInput {
  project: string;
  title?: string;
  /** An optional first message, as text or parts. */
  message?: string | Part[];
  role?: string;
  externalId?: string;
  /** The session this one was started from (a subagent's parent). */
  parent?: string;
}

const toParts = (message: string | Part[]): Part[] => (typeof message === "string" ? [textPart(message)] : message);

export function newSession(ctx: CommandContext, input: NewSessionInput): Session {
  const title = input.title ?? titleFromText(input.message) ?? "untitled";
  const role = input.role ?? "user";
  return ctx.store.write((w) => {
    // The counter is read inside the immediate transaction, so concurrent creators get distinct ids.
    const id = sessionIdFor(input.project, w.nextSessionNumber(input.project));
    w.append({
      stream: sessionStream(id),
      kind: DOMAIN_KINDS.sessionCreated,
      project: input.project,
      session: id,
      payload: { title, status: "queued", externalId: input.externalId ?? null, ...(input.parent !== undefined ? { parent: input.parent } : {}) },
      actor: ctx.actor,
      expectedVersion: 0,
    });
    if (input.message !== undefined) appendParts(ctx, w, w.session(id)!, role, toParts(input.message));
    return w.session(id)!;
  });
}

export interface AppendMessageInput {
  session: string;
  role?: string;
  message: string | Part[];
  /** A stable id from the source (an import), so appending twice is detectable. */
  id?: string;
  /** When it was said, if not now (epoch ms). */
  ts?: number;
  /**
   * False when the agent already has this message (a hook or an import recording what it
   * saw); otherwise a user message to a session with a live agent is pending delivery.
   */
  deliver?: boolean;
}

export function appendMessage(ctx: CommandContext, input: AppendMessageInput): { session: Session; messageId: string } {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    const role = input.role ?? "user";
    const parts = toParts(input.message);
    const messageId = appendParts(ctx, w, session, role, parts, input.id, input.ts);
    if (role === "user" && session.agent !== null && input.deliver !== false) {
      requestDelivery(ctx, w, session, { id: messageId, kind: "message", text: messageDeliveryText(ctx.actor, parts) });
    }
    return { session: w.session(session.id)!, messageId };
  });
}

function appendParts(ctx: CommandContext, w: Writer, session: Session, role: string, parts: Part[], id = newMessageId(), ts?: number): string {
  w.append({
    stream: sessionStream(session.id),
    kind: DOMAIN_KINDS.messageAppended,
    project: session.project,
    session: session.id,
    payload: { id, role, parts: parts as never },
    actor: ctx.actor,
    ts,
  });
  return id;
}

/** Replaces one part of a message of the session, e.g. a tool call that has finished. */
export function updatePart(ctx: CommandContext, input: { session: string; messageId: string; position: number; part: Part; ts?: number }): void {
  const part = input.part;
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    w.append({
      stream: sessionStream(session.id),
      kind: DOMAIN_KINDS.messagePartUpdated,
      project: session.project,
      session: session.id,
      payload: { messageId: input.messageId, position: input.position, part: part as never },
      actor: ctx.actor,
      ts: input.ts,
    });
  });
}

/**
 * Moves a session to `to` through the allowed transitions (done → queued → running, …),
 * recording each step; integrations use it where the agent's state is all they know.
 */
export function moveStatus(ctx: CommandContext, input: { session: string; to: Status }): Session {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    for (const status of pathTo(session.status, input.to) ?? []) setStatus(ctx, { session: session.id, status });
    return w.session(session.id)!;
  });
}

/** The session an agent knows by its own id, created on first sight. */
export function sessionForExternalId(ctx: CommandContext, input: { project: string; externalId: string; title?: string; parent?: string }): Session {
  return ctx.store.write((w) => w.sessionByExternalId(input.externalId) ?? newSession(ctx, input));
}

export function setStatus(ctx: CommandContext, input: { session: string; status: string }): Session {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    w.append({
      stream: sessionStream(session.id),
      kind: DOMAIN_KINDS.sessionStatusChanged,
      project: session.project,
      session: session.id,
      payload: { from: session.status, to: input.status },
      actor: ctx.actor,
    });
    return w.session(session.id)!;
  });
}

export function setTitle(ctx: CommandContext, input: { session: string; title: string }): Session {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    w.append({ stream: sessionStream(session.id), kind: DOMAIN_KINDS.sessionTitled, project: session.project, session: session.id, payload: { title: input.title }, actor: ctx.actor });
    return w.session(session.id)!;
  });
}

/** Reads a session inside a write, or fails with not_found. */
export function requireSession(w: Writer, id: string): Session {
  const session = w.session(sessionId(id)) ?? fail("not_found", `no session ${id}`);
  // Only a hand-edited database holds another status; the log still has the real one.
  if (!isStatus(session.status)) fail("storage", `session ${id} has an unknown status ${JSON.stringify(session.status)} in the database: run cairn db check, then cairn db rebuild`);
  return session;
}
