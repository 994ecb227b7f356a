import type { Store } from "../store/store.ts";
import type { MouseEvent } from "./input/mouse.ts";
import type { PaneId } from "./keymap.ts";
import { innerRows, type Layout } from "./layout.ts";
import { move } from "./navigate.ts";
import { scrollTo, type Action } from "./state/app-state.ts";
import type { View } from "./view-model.ts";

/** Rows one notch of the wheel moves a list (messages move one at a time: each is several lines). */
export const WHEEL_ROWS = 3;

/** A place on the screen: a pane, and the content row under the pointer (null on its border or title). */
export interface Spot {
  pane: PaneId;
  row: number | null;
}

/** Which pane (and row of it) a screen cell belongs to, from the same layout the panes are drawn with. */
export function spotAt(l: Layout, x: number, y: number): Spot | undefined {
  // Row 0 is the header and the last row the footer; the panes fill what is between.
  const top = 1;
  const left = x < l.leftWidth;
  const stack: Array<[PaneId | null, number]> = left
    ? [
        ["projects", l.projectsHeight],
        ["sessions", l.sessionsHeight],
      ]
    : [
        ["detail", l.detailHeight],
        [null, l.promptHeight],
        ["events", l.eventsHeight],
      ];
  let from = top;
  for (const [pane, height] of stack) {
    if (y >= from && y < from + height) {
      if (!pane) return undefined;
      // Border, title row, then the content rows.
      const row = y - from - 2;
      return { pane, row: row >= 0 && row < innerRows(height) ? row : null };
    }
    from += height;
  }
  return undefined;
}

/** The selection a click on a pane's content row makes, or undefined when the row shows nothing to select. */
export function selectRow(pane: PaneId, row: number, view: View): Action | undefined {
  switch (pane) {
    case "projects": {
      const project = view.projects.rows[row];
      return project && { type: "selectProject", project: project.id, offset: view.projects.offset };
    }
    case "sessions": {
      const session = view.sessions.rows[row];
      return session && { type: "selectSession", session: session.id, offset: view.sessions.offset };
    }
    case "detail": {
      const position = view.detail.positions[row];
      return position === undefined || position === null ? undefined : { type: "selectMessage", position };
    }
    case "events": {
      const event = view.events.rows[row];
      const head = view.events.rows.at(-1)?.seq ?? 0;
      return event && { type: "eventsSelect", seq: event.seq, row, head };
    }
  }
}

/**
 * What a mouse report does in the panes: a left click focuses the pane under it and selects
 * the row clicked; the wheel moves the selection of the pane under the pointer (focused or not).
 */
export function pointerActions(db: Store, m: MouseEvent, view: View, l: Layout, focus: PaneId): Action[] {
  const spot = spotAt(l, m.x, m.y);
  if (!spot) return [];
  if (m.kind === "wheelUp" || m.kind === "wheelDown") {
    const rows = spot.pane === "detail" ? 1 : WHEEL_ROWS;
    const action = move(db, spot.pane, m.kind === "wheelUp" ? -rows : rows, view, l);
    return action ? [action] : [];
  }
  if (m.kind !== "press" || m.button !== 0) return [];
  const actions: Action[] = spot.pane === focus ? [] : [{ type: "focus", pane: spot.pane }];
  const select = spot.row === null ? undefined : selectRow(spot.pane, spot.row, view);
  return select ? [...actions, select] : actions;
}

/**
 * The option of a picker (drawn where the session pane is) that a mouse report points at:
 * the wheel moves from `index` by one, a left click takes the option under it and chooses it.
 * `scrolled` pickers keep `index` in sight the way they are drawn.
 */
export function pickerPointer(m: MouseEvent, l: Layout, index: number, count: number, scrolled: boolean): { index: number; choose: boolean } | undefined {
  const spot = spotAt(l, m.x, m.y);
  if (spot?.pane !== "detail" || count === 0) return undefined;
  if (m.kind === "wheelUp" || m.kind === "wheelDown") return { index: Math.max(0, Math.min(count - 1, index + (m.kind === "wheelUp" ? -1 : 1))), choose: false };
  if (m.kind !== "press" || m.button !== 0 || spot.row === null) return undefined;
  const top = scrolled ? scrollTo(0, Math.min(index, count - 1), innerRows(l.detailHeight)) : 0;
  const at = top + spot.row;
  return at < count ? { index: at, choose: true } : undefined;
}
