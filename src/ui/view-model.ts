import type { CairnEvent } from "../domain/events.ts";
import type { Status } from "../domain/status.ts";
import type { Project, Session } from "../store/rows.ts";
import {
  countEvents,
  countMessages,
  countProjects,
  countSessions,
  eventRate,
  getEvent,
  getProject,
  getSession,
  listEvents,
  listProjects,
  listSessions,
  projectPosition,
  sessionMessages,
  sessionPosition,
  supervisionOf,
  totals,
  undeliveredCounts,
  type EventFilter,
  type ProjectFilter,
  type SessionFilter,
} from "../store/queries.ts";
import { currentLocks } from "../store/agents.ts";
import type { Store } from "../store/store.ts";
import type { Lock } from "../format/records.ts";
import { approvalLine } from "../domain/supervision.ts";
import { inertLine } from "../format/inert.ts";
import { innerColumns, innerRows, type Layout } from "./layout.ts";
import { messageLines } from "./render/message-lines.ts";
import type { Line } from "./render/lines.ts";
import { scrollTo, type AppState } from "./state/app-state.ts";

/** Everything the panes show, read in one pass of small windowed queries. */
export interface View {
  totals: { projects: number; sessions: number; events: number; waiting: number; failed: number };
  projects: { rows: Project[]; cursor: number; offset: number; total: number; selected: Project | null; filter: ProjectFilter };
  sessions: {
    rows: Session[];
    cursor: number;
    offset: number;
    total: number;
    selected: Session | null;
    filter: SessionFilter;
    /** Items not yet delivered to each shown session's agent. */
    undelivered: Map<string, number>;
    /** Locks held now in the project. */
    locks: Lock[];
    /** Supervised agents of the shown sessions (cairn run). */
    agents: Record<string, AgentMark>;
  };
  detail: {
    session: Session | null;
    agent: AgentMark | null;
    lines: Line[];
    /** For each shown line, the position (0-based) of the message it belongs to: what a click selects. */
    positions: Array<number | null>;
    count: number;
    selectedIndex: number | null;
    selectedMessageId: string | null;
    locks: Lock[];
  };
  events: { rows: CairnEvent[]; selectedIndex: number; newCount: number; filter: EventFilter };
}

/** A supervised session's agent at a glance: live or not, and the approval it waits for. */
export interface AgentMark {
  live: boolean;
  /** "needs approval: Write src/x.ts", or null. */
  approval: string | null;
}

function agentMark(db: Store, session: string): AgentMark | null {
  const s = supervisionOf(db, session);
  return s ? { live: s.pid !== null, approval: s.approval ? approvalLine(s.approval) : null } : null;
}

const matches = (text: string, ...fields: Array<string | null>) => fields.some((f) => f?.toLowerCase().includes(text.toLowerCase()));

function projectsView(db: Store, state: AppState, height: number): View["projects"] {
  // A window of rows, like sessions: 100,000 projects read no more than the pane shows.
  const filter: ProjectFilter = { includeArchived: state.showArchived, text: state.filters.projects || undefined };
  const total = countProjects(db, filter);
  const chosen = state.project ? getProject(db, state.project) : undefined;
  const valid = chosen && (state.showArchived || !chosen.archived) && (!filter.text || matches(filter.text, chosen.id, chosen.name));
  const cursor = valid ? projectPosition(db, filter, chosen.id) : 0;
  const offset = scrollTo(Math.min(state.projectsOffset, Math.max(0, total - height)), cursor, height);
  const rows = listProjects(db, { ...filter, limit: height, offset });
  return { rows, cursor, offset, total, selected: valid ? chosen : (rows[cursor - offset] ?? null), filter };
}

/** The locks held now, in one project or all of them. */
function sessionsView(db: Store, state: AppState, project: Project | null, height: number): View["sessions"] {
  const { order, allProjects, waitingFirst, statuses } = state.sessionsView;
  const filter: SessionFilter = {
    project: allProjects ? undefined : (project?.id ?? "\u0000none"),
    text: state.filters.sessions || undefined,
    order,
    waitingFirst,
    statuses: statuses.length > 0 ? (statuses as Status[]) : undefined,
  };
  const total = countSessions(db, filter);
  const chosen = state.session ? getSession(db, state.session) : undefined;
  const valid =
    chosen &&
    (allProjects || chosen.project === project?.id) &&
    (!filter.statuses || filter.statuses.includes(chosen.status)) &&
    (!filter.text || matches(filter.text, chosen.id, chosen.title));
  const cursor = valid ? sessionPosition(db, filter, chosen) : 0;
  const offset = scrollTo(Math.min(state.sessionsOffset, Math.max(0, total - height)), cursor, height);
  const rows = listSessions(db, { ...filter, limit: height, offset });
  const undelivered = undeliveredCounts(db, rows.map((r) => r.id));
  const locks: Lock[] = allProjects ? currentLocks(db) : project ? currentLocks(db, project.id) : [];
  const agents: Record<string, AgentMark> = {};
  for (const row of rows) {
    const mark = agentMark(db, row.id);
    if (mark) agents[row.id] = mark;
  }
  return { rows, cursor, offset, total, selected: valid ? chosen : (rows[cursor - offset] ?? null), filter, undelivered, locks, agents };
}

function detailView(db: Store, state: AppState, session: Session | null, locks: Lock[], width: number, height: number): View["detail"] {
  if (!session) return { session: null, agent: null, lines: [], positions: [], count: 0, selectedIndex: null, selectedMessageId: null, locks: [] };
  const agent = agentMark(db, session.id);
  // The approval the agent waits for stays in sight above the messages.
  if (agent?.approval) height -= 1;
  const text = state.filters.detail || undefined;
  const count = countMessages(db, session.id, text);
  const selectedIndex = state.detailSelected === null ? null : Math.min(state.detailSelected, count - 1);
  // Each message takes at least one line, so `height` messages on each side fill the pane.
  const from = Math.max(0, (selectedIndex ?? count) - height);
  const messages = sessionMessages(db, session.id, { offset: from, limit: 2 * height, text });
  const lines: Line[] = [];
  const owners: number[] = [];
  let selectedLine = -1;
  let selectedMessageId: string | null = null;
  messages.forEach((m, i) => {
    const index = from + i;
    if (index === selectedIndex) {
      selectedLine = lines.length;
      selectedMessageId = m.id;
    }
    const own = messageLines(m, index + 1, width, { expanded: state.expanded.includes(m.id), selected: index === selectedIndex });
    lines.push(...own);
    for (let k = 0; k < own.length; k++) owners.push(index);
  });
  // Enter with nothing selected acts on the newest message.
  if (selectedIndex === null) selectedMessageId = messages.at(-1)?.id ?? null;
  const start = selectedLine < 0 ? Math.max(0, lines.length - height) : Math.max(0, Math.min(selectedLine, lines.length - height));
  const shown = lines.slice(start, start + height);
  const positions: Array<number | null> = owners.slice(start, start + height);
  if (agent?.approval) {
    shown.unshift({ text: inertLine(agent.approval), color: "waiting", bold: true });
    positions.unshift(null);
  }
  return { session, agent, lines: shown, positions, count, selectedIndex, selectedMessageId, locks: locks.filter((l) => l.session === session.id) };
}

function eventsView(db: Store, state: AppState, height: number): View["events"] {
  const filter: EventFilter = { session: state.events.session ?? undefined, grep: state.filters.events || undefined, notKinds: state.hiddenKinds.length > 0 ? [...state.hiddenKinds] : undefined };
  const { follow, selectedSeq, row, pausedHead } = state.events;
  // Paused on an event the filter hides: anchor on the nearest match at or before it, and keep
  // the remembered event, so clearing the filter comes back to exactly where it was.
  let selected = !follow && selectedSeq !== null ? getEvent(db, selectedSeq) : undefined;
  if (selected && (filter.session !== undefined || filter.grep || filter.notKinds)) selected = listEvents(db, { ...filter, before: selected.seq + 1 }, 1)[0] ?? listEvents(db, { ...filter, after: selected.seq }, 1)[0];
  if (!selected) {
    const rows = listEvents(db, filter, height);
    return { rows, selectedIndex: rows.length - 1, newCount: 0, filter };
  }
  // Paused: keep the selection on its screen row, with what came before above and after below,
  // up to where the tail was when it paused; newer events are only counted.
  let before = listEvents(db, { ...filter, before: selected.seq }, Math.min(row, height - 1));
  const after = listEvents(db, { ...filter, after: selected.seq, before: pausedHead + 1 }, height - 1 - before.length);
  if (before.length + 1 + after.length < height) before = listEvents(db, { ...filter, before: selected.seq }, height - 1 - after.length);
  return { rows: [...before, selected, ...after], selectedIndex: before.length, newCount: countEvents(db, { ...filter, after: pausedHead }), filter };
}

/** Events that arrived in each of the last few spans, oldest first (the events pane's sparkline). */
export interface EventRate {
  counts: readonly number[];
  spanMs: number;
}

/** A minute of arrivals in spans of five seconds (the clock's refresh on a quiet database). */
export const RATE_SPAN_MS = 5_000;
const RATE_SPANS = 12;

/** Events that arrived in each span of the last minute, of the narrowed session when there is one. */
export const eventsRate = (db: Store, session: string | null, now: number): EventRate => ({ counts: eventRate(db, now, RATE_SPAN_MS, RATE_SPANS, session ?? undefined), spanMs: RATE_SPAN_MS });

/** A value kept until one of its inputs changes (compared with ===). */
function kept<T>(): (inputs: readonly unknown[], compute: () => T) => T {
  let last: { inputs: readonly unknown[]; value: T } | undefined;
  return (inputs, compute) => {
    if (!last || inputs.some((v, i) => v !== last!.inputs[i])) last = { inputs, value: compute() };
    return last.value;
  };
}

/**
 * buildView for one store, remembering each pane's part of the last view: keys and renders
 * ask for the view of the same state many times, and only a change to what a part depends
 * on (or a new database tick) reads it again. A `j` in the sessions pane reads the sessions
 * and the session, and the other panes keep the very same objects, so they do not draw again.
 */
export function viewCache(db: Store): (state: AppState, l: Layout, tick: number) => View {
  const parts = { totals: kept<View["totals"]>(), projects: kept<View["projects"]>(), sessions: kept<View["sessions"]>(), detail: kept<View["detail"]>(), events: kept<View["events"]>(), view: kept<View>() };
  return (s, l, tick) => {
    const projects = parts.projects([tick, s.filters.projects, s.showArchived, s.project, s.projectsOffset, l.projectsHeight], () => projectsView(db, s, innerRows(l.projectsHeight)));
    const sessions = parts.sessions([tick, projects, s.filters.sessions, s.sessionsView, s.session, s.sessionsOffset, l.sessionsHeight], () =>
      sessionsView(db, s, projects.selected, innerRows(l.sessionsHeight)),
    );
    const detail = parts.detail([tick, sessions, s.filters.detail, s.detailSelected, s.expanded, l.rightWidth, l.detailHeight], () =>
      detailView(db, s, sessions.selected, sessions.locks, innerColumns(l.rightWidth), innerRows(l.detailHeight)),
    );
    const events = parts.events([tick, s.events, s.filters.events, s.hiddenKinds, l.eventsHeight], () => eventsView(db, s, innerRows(l.eventsHeight)));
    const totalsNow = parts.totals([tick], () => totals(db));
    return parts.view([totalsNow, projects, sessions, detail, events], () => ({ totals: totalsNow, projects, sessions, detail, events }));
  };
}

/** Reads what the panes need for this state and layout. No transaction stays open afterwards. */
export function buildView(db: Store, state: AppState, l: Layout): View {
  return viewCache(db)(state, l, 0);
}
