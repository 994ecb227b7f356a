import type { Status } from "../../domain/status.ts";
import { PANES, type PaneId } from "../keymap.ts";

/** What a confirmation dialog will do when answered yes. */
export type ConfirmAction = { kind: "archive-project"; project: string } | { kind: "cancel-session"; session: string };

/** What the keyboard is talking to right now. */
export type Mode =
  | { kind: "normal" }
  | { kind: "filter"; pane: PaneId }
  | { kind: "prompt"; purpose: "append"; session: string }
  | { kind: "prompt"; purpose: "new"; project: string }
  | { kind: "help" }
  | { kind: "status"; session: string; options: readonly Status[]; index: number }
  | { kind: "confirm"; action: ConfirmAction; question: string };

export interface EventsView {
  /** Following the newest event (the pane sticks to the bottom). */
  follow: boolean;
  /** Selected event when paused. */
  selectedSeq: number | null;
  /** Screen row of the selection within the pane, so paging feels anchored. */
  row: number;
  /** Newest seq when the pane was paused: events after it count as "new". */
  pausedHead: number;
  /** Show only this session's events (`e`). */
  session: string | null;
}

export interface AppState {
  focus: PaneId;
  mode: Mode;
  /** Filters applied to each pane's query. */
  filters: Record<PaneId, string>;
  /** The filter being typed; applied once typing pauses, so a slow query never lags the keys. */
  filterDraft: string;
  project: string | null;
  session: string | null;
  projectsOffset: number;
  sessionsOffset: number;
  /** Selected message position (1-based); null follows the newest message. */
  detailSelected: number | null;
  /** Messages whose tool calls are expanded. */
  expanded: readonly string[];
  events: EventsView;
  notice: { level: "error" | "info"; text: string } | null;
}

export const initialState = (project: string | null = null): AppState => ({
  focus: "projects",
  mode: { kind: "normal" },
  filters: { projects: "", sessions: "", detail: "", events: "" },
  filterDraft: "",
  project,
  session: null,
  projectsOffset: 0,
  sessionsOffset: 0,
  detailSelected: null,
  expanded: [],
  events: { follow: true, selectedSeq: null, row: 0, pausedHead: 0, session: null },
  notice: null,
});

export type Action =
  | { type: "focus"; pane: PaneId }
  | { type: "focusStep"; by: 1 | -1 }
  | { type: "mode"; mode: Mode }
  | { type: "filter"; pane: PaneId; text: string }
  | { type: "filterDraft"; text: string }
  | { type: "selectProject"; project: string | null; offset: number }
  | { type: "selectSession"; session: string | null; offset: number }
  | { type: "selectMessage"; position: number | null }
  | { type: "toggleExpanded"; message: string }
  | { type: "eventsFollow" }
  | { type: "eventsSelect"; seq: number; row: number; head: number }
  | { type: "eventsNarrow"; session: string | null }
  | { type: "notice"; notice: AppState["notice"] };

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case "focus":
      return { ...state, focus: action.pane, notice: null };
    case "focusStep": {
      const i = PANES.indexOf(state.focus);
      return { ...state, focus: PANES[(i + action.by + PANES.length) % PANES.length]!, notice: null };
    }
    case "mode":
      // Opening the filter starts from what the pane already shows.
      return { ...state, mode: action.mode, filterDraft: action.mode.kind === "filter" ? state.filters[action.mode.pane] : state.filterDraft };
    case "filter":
      return { ...state, filters: { ...state.filters, [action.pane]: action.text } };
    case "filterDraft":
      return { ...state, filterDraft: action.text };
    case "selectProject":
      if (action.project === state.project) return { ...state, projectsOffset: action.offset };
      return { ...state, project: action.project, projectsOffset: action.offset, session: null, sessionsOffset: 0, detailSelected: null, expanded: [] };
    case "selectSession":
      if (action.session === state.session) return { ...state, sessionsOffset: action.offset };
      return { ...state, session: action.session, sessionsOffset: action.offset, detailSelected: null, expanded: [] };
    case "selectMessage":
      return { ...state, detailSelected: action.position };
    case "toggleExpanded": {
      const open = state.expanded.includes(action.message);
      return { ...state, expanded: open ? state.expanded.filter((m) => m !== action.message) : [...state.expanded, action.message] };
    }
    case "eventsFollow":
      return { ...state, events: { ...state.events, follow: true, selectedSeq: null } };
    case "eventsSelect":
      return {
        ...state,
        events: { ...state.events, follow: false, selectedSeq: action.seq, row: action.row, pausedHead: state.events.follow ? action.head : state.events.pausedHead },
      };
    case "eventsNarrow":
      return { ...state, events: { ...state.events, session: action.session, follow: true, selectedSeq: null } };
    case "notice":
      return { ...state, notice: action.notice };
  }
}

/** Keeps `index` inside a window of `height` rows starting at `offset`. */
export function scrollTo(offset: number, index: number, height: number): number {
  if (index < offset) return Math.max(0, index);
  if (index >= offset + height) return Math.max(0, index - height + 1);
  return offset;
}
