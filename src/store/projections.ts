import type { CairnEvent, DomainPayloads } from "../domain/events.ts";
import { DOMAIN_KINDS } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { sessionNumber } from "../domain/ids.ts";
import type { Statements } from "./statements.ts";

/** An update that touched no row names a project or session that does not exist. */
const found = (result: { changes: number }, what: string, id: string | null) => {
  if (result.changes === 0) fail("not_found", `no ${what} ${id}`);
};

/**
 * Applies one domain event to the projection tables. The same function serves live
 * appends and `db rebuild`, so a rebuild yields exactly the same rows. Values come only
 * from the event (never the clock), which keeps replays deterministic.
 */
export function applyEvent(s: Statements, event: CairnEvent): void {
  const { ts, project, session } = event;
  switch (event.kind) {
    case DOMAIN_KINDS.projectCreated: {
      const p = event.payload as unknown as DomainPayloads["project.created"];
      if (s.projectById.get(project)) fail("exists", `project ${project} already exists`);
      s.insertProject.run(project, p.name, p.repo, p.description, ts);
      return;
    }
    case DOMAIN_KINDS.projectArchived:
      found(s.archiveProject.run(project, ts), "project", project);
      return;
    case DOMAIN_KINDS.sessionCreated: {
      const p = event.payload as unknown as DomainPayloads["session.created"];
      found(s.countSession.run(project, sessionNumber(session!)), "project", project);
      if (s.sessionById.get(session)) fail("exists", `session ${session} already exists`);
      s.insertSession.run(session, project, p.title, p.status, p.externalId ?? null, ts);
      return;
    }
    case DOMAIN_KINDS.sessionStatusChanged: {
      const p = event.payload as unknown as DomainPayloads["session.status_changed"];
      found(s.setSessionStatus.run(session, p.to, ts), "session", session);
      return;
    }
    case DOMAIN_KINDS.sessionTitled: {
      const p = event.payload as unknown as DomainPayloads["session.titled"];
      found(s.setSessionTitle.run(session, p.title, ts), "session", session);
      return;
    }
    case DOMAIN_KINDS.messageAppended: {
      const p = event.payload as unknown as DomainPayloads["message.appended"];
      const { position } = s.countMessage.get(session, ts) ?? fail("not_found", `no session ${session}`);
      s.insertMessage.run(p.id, session, position, p.role, ts);
      p.parts.forEach((part, index) => s.insertPart.run(p.id, index + 1, part.type, JSON.stringify(part)));
      return;
    }
    case DOMAIN_KINDS.messagePartUpdated: {
      const p = event.payload as unknown as DomainPayloads["message.part_updated"];
      found(s.updatePart.run(p.messageId, p.position, p.part.type, JSON.stringify(p.part)), "message part", `${p.messageId}#${p.position}`);
      found(s.touchSession.run(session, ts), "session", session); // a finished tool call is activity
      return;
    }
  }
}
