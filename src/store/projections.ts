import type { CairnEvent, DomainPayloads } from "../domain/events.ts";
import { DOMAIN_KINDS } from "../domain/events.ts";
import { sessionNumber } from "../domain/ids.ts";
import type { Statements } from "./statements.ts";
import { fail } from "../domain/errors.ts";

/** An update that touched no row names a project or session that does not exist. */
const found = (result: unknown, what: string, id: string | null) => {
  // drizzle types run() as void on bun:sqlite; at run time it is bun's { changes }.
  if ((result as { changes: number }).changes === 0) fail("not_found", `no ${what} ${id}`);
};

/**
 * Applies one domain event to the projection tables. The same function serves live
 * appends and `db rebuild`, so a rebuild yields exactly the same rows. Values come only
 * from the event (never the clock), which keeps replays deterministic.
 */
export function applyEvent(s: Statements, event: CairnEvent): void {
  const { ts } = event;
  switch (event.kind) {
    case DOMAIN_KINDS.projectCreated: {
      const payload = event.payload as unknown as DomainPayloads["project.created"];
      if (s.projectById.get({ id: event.project })) fail("exists", `project ${event.project} already exists`);
      s.insertProject.run({ id: event.project, name: payload.name, repo: payload.repo, description: payload.description, ts });
      return;
    }
    case DOMAIN_KINDS.projectArchived:
      found(s.archiveProject.run({ id: event.project, ts }), "project", event.project);
      return;
    case DOMAIN_KINDS.sessionCreated: {
      const payload = event.payload as unknown as DomainPayloads["session.created"];
      found(s.countSession.run({ id: event.project, number: sessionNumber(event.session!) }), "project", event.project);
      if (s.sessionById.get({ id: event.session })) fail("exists", `session ${event.session} already exists`);
      s.insertSession.run({
        id: event.session,
        project: event.project,
        title: payload.title,
        status: payload.status,
        externalId: payload.externalId ?? null,
        ts,
      });
      return;
    }
    case DOMAIN_KINDS.sessionStatusChanged: {
      const payload = event.payload as unknown as DomainPayloads["session.status_changed"];
      found(s.setSessionStatus.run({ id: event.session, status: payload.to, ts }), "session", event.session);
      return;
    }
    case DOMAIN_KINDS.sessionTitled: {
      const payload = event.payload as unknown as DomainPayloads["session.titled"];
      found(s.setSessionTitle.run({ id: event.session, title: payload.title, ts }), "session", event.session);
      return;
    }
    case DOMAIN_KINDS.messageAppended: {
      const payload = event.payload as unknown as DomainPayloads["message.appended"];
      const { position } = s.countMessage.get({ id: event.session, ts }) ?? fail("not_found", `no session ${event.session}`);
      s.insertMessage.run({ id: payload.id, session: event.session, position, role: payload.role, ts });
      payload.parts.forEach((part, index) => {
        s.insertPart.run({ messageId: payload.id, position: index + 1, type: part.type, data: JSON.stringify(part) });
      });
      return;
    }
  }
}
