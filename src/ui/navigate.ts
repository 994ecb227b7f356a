import { listEvents, listProjects, listSessions } from "../store/queries.ts";
import type { Store } from "../store/store.ts";
import type { PaneId } from "./keymap.ts";
import { innerRows, type Layout } from "./layout.ts";
import { scrollTo, type Action } from "./state/app-state.ts";
import type { View } from "./view-model.ts";

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/**
 * Moves the focused pane's selection by `delta` rows (±Infinity: first / last). Reads only the
 * row it lands on, so moving through 10,000 sessions or a million events costs the same.
 */
export function move(db: Store, pane: PaneId, delta: number, view: View, l: Layout): Action | undefined {
  switch (pane) {
    case "projects": {
      const { total, cursor, offset, filter } = view.projects;
      if (total === 0) return undefined;
      const index = clamp(cursor + delta, 0, total - 1);
      const [row] = listProjects(db, { ...filter, limit: 1, offset: index });
      return row && { type: "selectProject", project: row.id, offset: scrollTo(offset, index, innerRows(l.projectsHeight)) };
    }
    case "sessions": {
      const { total, cursor, offset, filter } = view.sessions;
      if (total === 0) return undefined;
      const index = clamp(cursor + delta, 0, total - 1);
      const [row] = listSessions(db, { ...filter, limit: 1, offset: index });
      return row && { type: "selectSession", session: row.id, offset: scrollTo(offset, index, innerRows(l.sessionsHeight)) };
    }
    case "detail": {
      const { count, selectedIndex } = view.detail;
      if (count === 0) return undefined;
      // With nothing selected the pane follows the newest message; G/End goes back to that.
      if (delta === Infinity) return { type: "selectMessage", position: null };
      if (selectedIndex === null) return delta < 0 ? { type: "selectMessage", position: clamp(count + delta, 0, count - 1) } : undefined;
      return { type: "selectMessage", position: clamp(selectedIndex + delta, 0, count - 1) };
    }
    case "events":
      return moveEvents(db, delta, view, l);
  }
}

function moveEvents(db: Store, delta: number, view: View, l: Layout): Action | undefined {
  const { rows, selectedIndex, filter } = view.events;
  if (rows.length === 0) return undefined;
  const height = innerRows(l.eventsHeight);
  const head = rows.at(-1)!.seq;
  if (delta === Infinity) return { type: "eventsFollow" };
  if (delta === -Infinity) {
    const [first] = listEvents(db, { ...filter, after: 0 }, 1);
    return first && { type: "eventsSelect", seq: first.seq, row: 0, head };
  }
  const target = selectedIndex + delta;
  if (target >= 0 && target < rows.length) {
    if (target === rows.length - 1 && delta > 0 && view.events.newCount === 0) return { type: "eventsFollow" };
    return { type: "eventsSelect", seq: rows[target]!.seq, row: clamp(target, 0, height - 1), head };
  }
  if (target < 0) {
    const earlier = listEvents(db, { ...filter, before: rows[0]!.seq }, -target);
    const event = earlier[0] ?? rows[0]!;
    return { type: "eventsSelect", seq: event.seq, row: 0, head };
  }
  // Past the last row the pane resumes following (new events were only counted while paused).
  return { type: "eventsFollow" };
}
