import type { Dispatch } from "react";
import { emptyDraft } from "./input/line-editor.ts";
import type { Store } from "../store/store.ts";
import type { CommandId, PaneId } from "./keymap.ts";
import { innerRows, type Layout } from "./layout.ts";
import { move } from "./navigate.ts";
import { SESSION_ORDERS, type Action, type AppState } from "./state/app-state.ts";
import type { View } from "./view-model.ts";
import type { SteerCommand } from "../agents/supervise.ts";
import { kindChoices, toggleDomainKinds } from "./event-kinds.ts";

/** What a key's command needs to know and be able to do. */
export interface CommandDeps {
  store: Store;
  state: AppState;
  view: View;
  layout: Layout;
  dispatch: Dispatch<Action>;
  quit(): void;
  fail(text: string): void;
  /** Draws the whole screen again (something else wrote over it). */
  redraw(): void;
  unarchive(project: string): void;
  /** Puts text on the system clipboard (OSC 52) and says so. */
  copy(text: string, what: string): void;
  /** The text of a message, for copying. */
  messageText(message: string): string | undefined;
  /** Shows text in $PAGER (the UI steps aside meanwhile). */
  pager(text: string): void;
  /** A supervised-agent key on the selected session. */
  steer(command: SteerCommand, session: string): void;
}

const BACK: Partial<Record<PaneId, PaneId>> = { sessions: "projects", detail: "sessions", events: "detail" };

const paneHeight = (pane: PaneId, l: Layout) => ({ projects: l.projectsHeight, sessions: l.sessionsHeight, detail: l.detailHeight, events: l.eventsHeight })[pane];

/**
 * Carries out one keymap command in the focused pane. Whether it may run (a session selected,
 * a project not archived …) is the binding's `disabled` rule, checked before this runs.
 */
export function runCommand(command: CommandId, d: CommandDeps): void {
  const { state, view, dispatch } = d;
  const focus = state.focus;
  const session = view.sessions.selected;
  const project = view.projects.selected;
  const go = (by: number) => {
    const action = move(d.store, focus, by, view, d.layout);
    if (action) dispatch(action);
  };
  const page = Math.max(1, innerRows(paneHeight(focus, d.layout)) - 1);
  switch (command) {
    case "quit":
      return d.quit();
    case "help":
      return dispatch({ type: "mode", mode: { kind: "help", top: 0 } });
    case "focus.next":
      return dispatch({ type: "focusStep", by: 1 });
    case "focus.prev":
      return dispatch({ type: "focusStep", by: -1 });
    case "focus.projects":
    case "focus.sessions":
    case "focus.detail":
    case "focus.events":
      return dispatch({ type: "focus", pane: command.slice("focus.".length) as PaneId });
    case "back": {
      // Esc undoes the nearest thing: a message, a filter, a selection, then the pane.
      if (state.notice) return dispatch({ type: "notice", notice: null });
      if (state.filters[focus]) return dispatch({ type: "filter", pane: focus, text: "" });
      if (focus === "detail" && state.detailSelected !== null) return dispatch({ type: "selectMessage", position: null });
      const previous = BACK[focus];
      if (previous) dispatch({ type: "focus", pane: previous });
      return;
    }
    case "filter":
      return dispatch({ type: "mode", mode: { kind: "filter", pane: focus } });
    case "move.up":
      return go(-1);
    case "move.down":
      return go(1);
    case "move.pageUp":
      return go(-page);
    case "move.pageDown":
      return go(page);
    case "move.top":
      return go(-Infinity);
    case "move.bottom":
      return go(Infinity);
    case "open":
      return open(d);
    case "session.append":
      if (!session) return;
      return dispatch({ type: "mode", mode: { kind: "prompt", purpose: "append", session: session.id, draft: emptyDraft, error: null } });
    case "session.new":
      if (!project) return;
      return dispatch({ type: "mode", mode: { kind: "prompt", purpose: "new", project: project.id, draft: emptyDraft, error: null } });
    case "session.status":
      if (!session) return;
      return dispatch({ type: "mode", mode: { kind: "status", session: session.id, index: 0 } });
    case "session.run":
    case "session.interrupt":
    case "session.stop":
    case "session.approve":
    case "session.deny":
      if (!session) return d.fail("select a session first");
      return d.steer(command, session.id);
    case "archive":
      if (focus === "projects") {
        if (!project) return;
        dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "archive-project", project: project.id }, question: `Archive project ${project.id}?` } });
        return;
      }
      if (!session) return;
      dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "cancel-session", session: session.id }, question: `Cancel session ${session.id}?` } });
      return;
    case "command":
      return dispatch({ type: "mode", mode: { kind: "command", draft: emptyDraft, error: null } });
    case "read":
      if (!view.detail.selectedMessageId || !session) return d.fail("no message to read");
      return dispatch({ type: "mode", mode: { kind: "reader", session: session.id, message: view.detail.selectedMessageId, top: 0, search: "", hit: null, searching: null } });
    case "copy": {
      if (focus === "projects" && project) return d.copy(project.id, `project id ${project.id}`);
      if (focus === "sessions" && session) return d.copy(session.id, `session id ${session.id}`);
      const text = view.detail.selectedMessageId ? d.messageText(view.detail.selectedMessageId) : undefined;
      if (text === undefined) return d.fail("no message to copy");
      return d.copy(text, "the message");
    }
    case "pager": {
      const text = view.detail.selectedMessageId ? d.messageText(view.detail.selectedMessageId) : undefined;
      if (text === undefined) return d.fail("no message to show");
      return d.pager(text);
    }
    case "sessions.sort": {
      const orders = SESSION_ORDERS;
      return dispatch({ type: "sessionsView", view: { order: orders[(orders.indexOf(state.sessionsView.order) + 1) % orders.length]! } });
    }
    case "sessions.all":
      return dispatch({ type: "sessionsView", view: { allProjects: !state.sessionsView.allProjects } });
    case "sessions.waitingFirst":
      return dispatch({ type: "sessionsView", view: { waitingFirst: !state.sessionsView.waitingFirst } });
    case "events.domain":
      return dispatch({ type: "hiddenKinds", kinds: toggleDomainKinds(state.hiddenKinds) });
    case "events.kinds":
      return dispatch({ type: "mode", mode: { kind: "kinds", kinds: kindChoices(d.store, state.events.session, state.hiddenKinds), index: 0 } });
    case "unarchive":
      if (!project) return;
      return d.unarchive(project.id);
    case "projects.archived":
      return dispatch({ type: "showArchived", show: !state.showArchived });
    case "redraw":
      return d.redraw();
    case "events.deliver":
      if (!session) return d.fail("select a session first: the event goes to its agent");
      if (session.agent === null) return d.fail(`session ${session.id} has no live agent to deliver to`);
      return dispatch({ type: "mode", mode: { kind: "prompt", purpose: "deliver", session: session.id, draft: emptyDraft, error: null } });
    case "events.narrow":
      return dispatch({ type: "eventsNarrow", session: focus === "events" && state.events.session ? null : (session?.id ?? null) });
  }
}

/** Enter: into the next pane, expand a message's tool calls, or jump to an event's session. */
function open({ state, view, dispatch, fail }: CommandDeps): void {
  const project = view.projects.selected;
  const session = view.sessions.selected;
  switch (state.focus) {
    case "projects":
      if (!project) return;
      dispatch({ type: "selectProject", project: project.id, offset: view.projects.offset });
      return dispatch({ type: "focus", pane: "sessions" });
    case "sessions":
      if (!session) return;
      dispatch({ type: "selectSession", session: session.id, offset: view.sessions.offset });
      return dispatch({ type: "focus", pane: "detail" });
    case "detail":
      if (view.detail.selectedMessageId) dispatch({ type: "toggleExpanded", message: view.detail.selectedMessageId });
      return;
    case "events": {
      const event = view.events.rows[view.events.selectedIndex];
      if (!event?.session || !event.project) return fail("this event belongs to no session");
      dispatch({ type: "selectProject", project: event.project, offset: 0 });
      dispatch({ type: "selectSession", session: event.session, offset: 0 });
      return dispatch({ type: "focus", pane: "detail" });
    }
  }
}
