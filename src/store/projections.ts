import type { DomainEvent } from "../domain/event-rules.ts";
import { DOMAIN_KINDS, type CairnEvent } from "../domain/events.ts";
import { sessionNumber } from "../domain/ids.ts";
import { lockChange } from "../domain/locks.ts";
import type { Statements } from "./statements.ts";

/**
 * Applies one domain event to the projection tables. The same function serves live
 * appends and `db rebuild`, so a rebuild yields exactly the same rows. Values come only
 * from the event (never the clock), which keeps replays deterministic. The event has
 * passed its rule (`checkEvent`): whatever it names exists, so every update finds its row.
 */
export function applyEvent(s: Statements, event: DomainEvent): void {
  const { ts, project, session } = event;
  switch (event.kind) {
    case DOMAIN_KINDS.projectCreated: {
      const p = event.payload;
      s.insertProject.run(project, p.name, p.repo, p.description, ts);
      return;
    }
    case DOMAIN_KINDS.projectArchived:
      s.archiveProject.run(project, ts);
      return;
    case DOMAIN_KINDS.projectUnarchived:
      s.unarchiveProject.run(project, ts);
      return;
    case DOMAIN_KINDS.sessionCreated: {
      const p = event.payload;
      s.countSession.run(project, sessionNumber(session!));
      s.insertSession.run(session, project, p.title, p.status, p.externalId, ts, p.parent ?? null);
      return;
    }
    case DOMAIN_KINDS.sessionStatusChanged:
      s.setSessionStatus.run(session, event.payload.to, ts);
      return;
    case DOMAIN_KINDS.sessionTitled:
      s.setSessionTitle.run(session, event.payload.title, ts);
      return;
    case DOMAIN_KINDS.messageAppended: {
      const p = event.payload;
      s.countMessage.run(session, ts);
      s.insertMessage.run(p.id, session, p.role, ts);
      for (let i = 0; i < p.parts.length; i++) s.insertPart.run(p.id, i + 1, p.parts[i]!.type, JSON.stringify(p.parts[i]));
      return;
    }
    case DOMAIN_KINDS.messagePartUpdated: {
      const p = event.payload;
      s.updatePart.run(p.messageId, p.position, p.part.type, JSON.stringify(p.part));
      s.touchSession.run(session, ts); // a finished tool call is activity
      return;
    }
    case DOMAIN_KINDS.sessionSupervised: {
      const p = event.payload;
      s.superviseSession.run(session, p.agent, p.agentSession, p.cwd, p.worktree, p.branch, p.ask ? 1 : 0, ts);
      return;
    }
    case DOMAIN_KINDS.supervisorStarted:
      s.setSupervisor.run(session, event.payload.pid, null, ts);
      return;
    case DOMAIN_KINDS.supervisorEnded:
      s.setSupervisor.run(session, null, event.payload.reason, ts);
      return;
    case DOMAIN_KINDS.controlRequested:
      return;
    case DOMAIN_KINDS.approvalRequested: {
      const { request, tool, summary } = event.payload;
      s.setApproval.run(session, JSON.stringify({ request, tool, summary }), ts);
      s.touchSession.run(session, ts);
      return;
    }
    case DOMAIN_KINDS.approvalAnswered:
      s.setApproval.run(session, null, ts);
      return;
    case DOMAIN_KINDS.agentAttached:
      s.setSessionAgent.run(session, event.payload.agent, ts);
      return;
    case DOMAIN_KINDS.agentDetached:
      s.setSessionAgent.run(session, null, ts);
      s.failOpenDeliveries.run(session, event.payload.reason, ts);
      return;
    case DOMAIN_KINDS.deliveryRequested: {
      const p = event.payload;
      s.insertDelivery.run(p.id, session, p.kind, p.text, ts);
      return;
    }
    case DOMAIN_KINDS.deliveryClaimed:
      s.claimDelivery.run(event.payload.id, event.payload.claim, event.payload.via, ts);
      return;
    case DOMAIN_KINDS.deliveryDelivered:
      s.deliverDelivery.run(event.payload.id, event.payload.via, ts);
      return;
    case DOMAIN_KINDS.deliveryReleased:
      s.releaseDelivery.run(event.payload.id, event.payload.reason);
      return;
    case DOMAIN_KINDS.deliveryFailed:
      s.failDelivery.run(event.payload.id, event.payload.reason, ts);
      return;
  }
}

/**
 * Applies a coordination event to the one projection they have, the locks held now (live
 * appends and `db rebuild` alike). Only a project's lock events count: other events, and
 * lock events without a project, change nothing.
 */
export function applyCoordinationEvent(s: Statements, event: CairnEvent): void {
  if (event.project === null) return;
  const change = lockChange(event);
  if (!change) return;
  if ("take" in change) s.takeLock.run(event.project, change.take.session, change.take.path, change.take.since, change.take.seq);
  else s.freeLock.run(event.project, change.free.path, change.free.session);
}
