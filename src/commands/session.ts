import { DOMAIN_KINDS, sessionStream } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { newMessageId, sessionId, sessionIdFor } from "../domain/ids.ts";
import { checkParts, role as checkRole, textPart, titleFromText, type Part, type Role } from "../domain/message.ts";
import { canTransition, isStatus, pathTo, TRANSITIONS, type Status } from "../domain/status.ts";
import { cleanText } from "../domain/text.ts";
import type { Session } from "../store/rows.ts";
import type { Writer } from "../store/store.ts";
import type { CommandContext } from "./context.ts";
import { requireProject } from "./project.ts";

export interface NewSessionInput {
  project: string;
  title?: string;
  /** An optional first message, as text or parts. */
  message?: string | Part[];
  role?: string;
  externalId?: string;
}

const toParts = (message: string | Part[]): Part[] => checkParts(typeof message === "string" ? [textPart(message)] : message);

export function newSession(ctx: CommandContext, input: NewSessionInput): Session {
  const title = cleanText("title", input.title ?? titleFromText(input.message) ?? "untitled");
  const parts = input.message === undefined ? undefined : toParts(input.message);
  const role = checkRole(input.role ?? "user");
  return ctx.store.write((w) => {
    const project = requireProject(w, input.project);
    if (project.archived) fail("invalid", `project ${project.id} is archived`);
    if (input.externalId && w.sessionByExternalId(input.externalId)) fail("exists", `a session for ${input.externalId} already exists`);
    // The counter is read inside the immediate transaction, so concurrent creators get distinct ids.
    const id = sessionIdFor(project.id, w.nextSessionNumber(project.id));
    w.append({
      stream: sessionStream(id),
      kind: DOMAIN_KINDS.sessionCreated,
      project: project.id,
      session: id,
      payload: { title, status: "queued", externalId: input.externalId ?? null },
      actor: ctx.actor,
      expectedVersion: 0,
    });
    if (parts) appendParts(ctx, w, w.session(id)!, role, parts);
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
}

export function appendMessage(ctx: CommandContext, input: AppendMessageInput): { session: Session; messageId: string } {
  const parts = toParts(input.message);
  const role = checkRole(input.role ?? "user");
  return ctx.store.write((w) => {
    if (input.id !== undefined && w.hasMessage(input.id)) fail("exists", `message ${input.id} already exists`);
    const messageId = appendParts(ctx, w, requireSession(w, input.session), role, parts, input.id, input.ts);
    return { session: w.session(input.session)!, messageId };
  });
}

function appendParts(ctx: CommandContext, w: Writer, session: Session, role: Role, parts: Part[], id = newMessageId(), ts?: number): string {
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

/** Replaces one part of a message, e.g. a tool call that has finished. */
export function updatePart(ctx: CommandContext, input: { session: string; messageId: string; position: number; part: Part; ts?: number }): void {
  const [part] = checkParts([input.part]);
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
export function sessionForExternalId(ctx: CommandContext, input: { project: string; externalId: string; title?: string }): Session {
  return ctx.store.write((w) => w.sessionByExternalId(input.externalId) ?? newSession(ctx, input));
}

export function setStatus(ctx: CommandContext, input: { session: string; status: string }): Session {
  if (!isStatus(input.status)) fail("invalid", `unknown status ${JSON.stringify(input.status)}: use one of ${Object.keys(TRANSITIONS).join(", ")}`);
  const to = input.status as Status;
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    if (!canTransition(session.status, to)) {
      const allowed = TRANSITIONS[session.status];
      fail("invalid_transition", `session ${session.id} cannot go from ${session.status} to ${to} (allowed: ${allowed.join(", ")})`);
    }
    w.append({
      stream: sessionStream(session.id),
      kind: DOMAIN_KINDS.sessionStatusChanged,
      project: session.project,
      session: session.id,
      payload: { from: session.status, to },
      actor: ctx.actor,
    });
    return w.session(session.id)!;
  });
}

export function setTitle(ctx: CommandContext, input: { session: string; title: string }): Session {
  const title = cleanText("title", input.title);
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    w.append({ stream: sessionStream(session.id), kind: DOMAIN_KINDS.sessionTitled, project: session.project, session: session.id, payload: { title }, actor: ctx.actor });
    return w.session(session.id)!;
  });
}

/** Reads a session inside a write, or fails with not_found. */
export function requireSession(w: Writer, id: string): Session {
  return w.session(sessionId(id)) ?? fail("not_found", `no session ${id}`);
}
