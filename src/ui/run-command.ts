import type { Dispatch } from "react";
import { canTransition } from "../domain/status.ts";
import { emptyDraft } from "./input/line-editor.ts";
import type { Store } from "../store/store.ts";
import type { CommandId, PaneId } from "./keymap.ts";
import { innerRows, type Layout } from "./layout.ts";
import { move } from "./navigate.ts";
import type { Action, AppState } from "./state/app-state.ts";
import type { View } from "./view-model.ts";

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
}

const BACK: Partial<Record<PaneId, PaneId>> = { sessions: "projects", detail: "sessions", events: "detail" };

const paneHeight = (pane: PaneId, l: Layout) => ({ projects: l.projectsHeight, sessions: l.sessionsHeight, detail: l.detailHeight, events: l.eventsHeight })[pane];

/** Carries out one keymap command in the focused pane. */
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
      return dispatch({ type: "mode", mode: { kind: "help" } });
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
      if (!session) return d.fail("select a session first");
      return dispatch({ type: "mode", mode: { kind: "prompt", purpose: "append", session: session.id, draft: emptyDraft, error: null } });
    case "session.new":
      if (!project) return d.fail("select a project first");
      return dispatch({ type: "mode", mode: { kind: "prompt", purpose: "new", project: project.id, draft: emptyDraft, error: null } });
    case "session.status":
      if (!session) return d.fail("select a session first");
      return dispatch({ type: "mode", mode: { kind: "status", session: session.id, index: 0 } });
    case "archive":
      if (focus === "projects") {
        if (!project) return;
        if (project.archived) return d.fail(`${project.id} is already archived: u brings it back`);
        dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "archive-project", project: project.id }, question: `Archive project ${project.id}?` } });
        return;
      }
      if (!session) return;
      // Asking first and refusing after "yes" wastes the person's time: say why up front.
      if (!canTransition(session.status, "cancelled")) return d.fail(`${session.id} is ${session.status}: only an unfinished session can be cancelled`);
      dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "cancel-session", session: session.id }, question: `Cancel session ${session.id}?` } });
      return;
    case "unarchive":
      if (!project) return;
      if (!project.archived) return d.fail(`${project.id} is not archived`);
      return d.unarchive(project.id);
    case "projects.archived":
      return dispatch({ type: "showArchived", show: !state.showArchived });
    case "redraw":
      return d.redraw();
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
