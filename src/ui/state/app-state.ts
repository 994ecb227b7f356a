import { draftOf, emptyDraft, type Draft } from "../input/line-editor.ts";
import { PANES, type PaneId } from "../keymap.ts";

/** The inline prompt: what it writes to, the draft, and the last error (kept beside the text). */
export type PromptMode = ({ purpose: "append"; session: string } | { purpose: "new"; project: string } | { purpose: "deliver"; session: string }) & { kind: "prompt"; draft: Draft; error: string | null };

/** What a confirmation dialog will do when answered yes. */
export type ConfirmAction =
  | { kind: "archive-project"; project: string }
  | { kind: "cancel-session"; session: string }
  /** Start a supervised agent on a new queued session; "no" leaves it queued. */
  | { kind: "run-session"; session: string }
  /** Throw the prompt's draft away; "no" goes back to the prompt. */
  | { kind: "discard-draft"; prompt: PromptMode };

/** What the keyboard is talking to right now. */
export type Mode =
  | { kind: "normal" }
  | { kind: "filter"; pane: PaneId }
  | PromptMode
  | { kind: "help"; top: number }
  /** Options come from the session's status at the time they are shown, never from when the picker opened. */
  | { kind: "status"; session: string; index: number }
  | { kind: "confirm"; action: ConfirmAction; question: string }
  /** The `:` command line. */
  | { kind: "command"; draft: Draft; error: string | null }
  /** Which event kinds the events pane shows: the kinds with their counts when it opened, and the row chosen. */
  | { kind: "kinds"; kinds: ReadonlyArray<{ kind: string; count: number }>; index: number }
  /**
   * One message in full, scrolled by line; `search` is what n/N look for (through the session's
   * messages), `hit` the line of the match they are on, `searching` the search being typed.
   */
  | { kind: "reader"; session: string; message: string; top: number; search: string; hit: number | null; searching: Draft | null };

/** How the sessions pane orders its rows. */
export const SESSION_ORDERS = ["created", "activity", "status"] as const;
export type SessionOrder = (typeof SESSION_ORDERS)[number];

export interface SessionsView {
  order: SessionOrder;
  /** Sessions of every project, not only the selected one. */
  allProjects: boolean;
  /** Sessions waiting for a person (and failed ones) first. */
  waitingFirst: boolean;
  /** Only these statuses (empty: all). */
  statuses: readonly string[];
}

/** A line in the footer that says what happened; it goes away by itself. */
export interface Notice {
  level: "error" | "info";
  text: string;
}

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
  filterDraft: Draft;
  project: string | null;
  session: string | null;
  /** The projects pane lists archived projects too (`A`). */
  showArchived: boolean;
  sessionsView: SessionsView;
  /** Event kinds the events pane leaves out (`D` toggles cairn's own, `K` picks any). */
  hiddenKinds: readonly string[];
  projectsOffset: number;
  sessionsOffset: number;
  /** Selected message position (1-based); null follows the newest message. */
  detailSelected: number | null;
  /** Messages whose tool calls are expanded. */
  expanded: readonly string[];
  events: EventsView;
  notice: Notice | null;
}

export const initialState = (project: string | null = null): AppState => ({
  focus: "projects",
  mode: { kind: "normal" },
  filters: { projects: "", sessions: "", detail: "", events: "" },
  filterDraft: emptyDraft,
  project,
  session: null,
  showArchived: false,
  sessionsView: { order: "created", allProjects: false, waitingFirst: false, statuses: [] },
  hiddenKinds: [],
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
  | { type: "filterDraft"; draft: Draft }
  | { type: "selectProject"; project: string | null; offset: number }
  | { type: "selectSession"; session: string | null; offset: number }
  | { type: "selectMessage"; position: number | null }
  | { type: "toggleExpanded"; message: string }
  | { type: "showArchived"; show: boolean }
  | { type: "sessionsView"; view: Partial<SessionsView> }
  | { type: "hiddenKinds"; kinds: readonly string[] }
  | { type: "eventsFollow" }
  | { type: "eventsSelect"; seq: number; row: number; head: number }
  | { type: "eventsNarrow"; session: string | null }
  | { type: "notice"; notice: Notice | null }
  /** Clears a notice only if it is still the one shown (a newer one stays its full time). */
  | { type: "noticeExpired"; notice: Notice };

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
      return { ...state, mode: action.mode, filterDraft: action.mode.kind === "filter" ? draftOf(state.filters[action.mode.pane]) : state.filterDraft };
    case "filter":
      return { ...state, filters: { ...state.filters, [action.pane]: action.text } };
    case "filterDraft":
      return { ...state, filterDraft: action.draft };
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
    case "showArchived":
      return { ...state, showArchived: action.show };
    case "sessionsView":
      return { ...state, sessionsView: { ...state.sessionsView, ...action.view }, sessionsOffset: 0 };
    case "hiddenKinds":
      return { ...state, hiddenKinds: action.kinds };
    case "eventsFollow":
      return { ...state, events: { ...state.events, follow: true, selectedSeq: null } };
    case "eventsSelect":
      return {
        ...state,
        events: { ...state.events, follow: false, selectedSeq: action.seq, row: action.row, pausedHead: state.events.follow ? action.head : state.events.pausedHead },
      };
    case "eventsNarrow":
      // The paused position is kept: narrowing and widening again comes back to the same event.
      return { ...state, events: { ...state.events, session: action.session } };
    case "notice":
      return { ...state, notice: action.notice };
    case "noticeExpired":
      return state.notice === action.notice ? { ...state, notice: null } : state;
  }
}

/** Keeps `index` inside a window of `height` rows starting at `offset`. */
export function scrollTo(offset: number, index: number, height: number): number {
  if (index < offset) return Math.max(0, index);
  if (index >= offset + height) return Math.max(0, index - height + 1);
  return offset;
}
