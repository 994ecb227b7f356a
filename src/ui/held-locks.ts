import { foldLocks, type HeldLock } from "../domain/locks.ts";
import { isFinished } from "../domain/status.ts";
import type { Lock } from "../format/records.ts";
import { lockEventsAfter, lockProjectsAfter } from "../store/agents.ts";
import { getSession, lastSeq } from "../store/queries.ts";
import type { Store } from "../store/store.ts";

/**
 * The locks held now, kept by the UI: a project's lock events are read once, then only those
 * after the last one read, so a refresh on a busy log costs what the new events cost.
 */
export function heldLocksWatch(db: Store): (project?: string) => Lock[] {
  const folds = new Map<string, { after: number; held: Map<string, HeldLock> }>();
  const locksOf = (project: string): Lock[] => {
    let fold = folds.get(project);
    if (!fold) folds.set(project, (fold = { after: 0, held: new Map() }));
    // Up to the newest event now, so the next read starts after everything looked at.
    const upTo = lastSeq(db);
    if (upTo > fold.after) foldLocks(fold.held, lockEventsAfter(db, project, fold.after, upTo));
    fold.after = upTo;
    return [...fold.held.values()].filter(live).map((l) => ({ ...l, project }));
  };
  // A lock ends with its holder's session.
  const live = (l: HeldLock) => {
    const session = getSession(db, l.session);
    return session !== undefined && !isFinished(session.status);
  };
  // Every project's: those where a lock was ever taken, found the same way (only what is new).
  const projects = new Set<string>();
  let projectsAfter = 0;
  const lockProjects = () => {
    for (const { project, seq } of lockProjectsAfter(db, projectsAfter)) {
      projects.add(project);
      projectsAfter = Math.max(projectsAfter, seq);
    }
    return [...projects];
  };
  return (project) => (project === undefined ? lockProjects().flatMap(locksOf) : locksOf(project));
}
