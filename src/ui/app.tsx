import { Box, useApp, useInput, useWindowSize } from "ink";
import { useCallback, useMemo, useReducer, useState } from "react";
import { archiveProject } from "../commands/project.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import type { CommandContext } from "../commands/context.ts";
import { CairnError } from "../domain/errors.ts";
import { TRANSITIONS } from "../domain/status.ts";
import { listProjects } from "../store/queries.ts";
import type { Store } from "../store/store.ts";
import { useLive } from "./hooks/use-live.ts";
import { keyName, resolveKey, type CommandId, type PaneId } from "./keymap.ts";
import { innerRows, layout } from "./layout.ts";
import { move } from "./navigate.ts";
import { DetailPane } from "./panes/detail-pane.tsx";
import { EventsPane } from "./panes/events-pane.tsx";
import { Footer } from "./panes/footer.tsx";
import { Header } from "./panes/header.tsx";
import { HelpScreen } from "./panes/help-screen.tsx";
import { ProjectsPane } from "./panes/projects-pane.tsx";
import { Prompt, PROMPT_MAX_LINES } from "./panes/prompt.tsx";
import { SessionsPane } from "./panes/sessions-pane.tsx";
import { StatusPicker } from "./panes/status-picker.tsx";
import { initialState, reduce, type Action, type AppState } from "./state/app-state.ts";
import { buildView, type View } from "./view-model.ts";

export interface AppProps {
  store: Store;
  dbPath: string;
  actor: string;
  /** Fixed size for tests; a real terminal's size otherwise. */
  size?: { columns: number; rows: number };
}

const BACK: Partial<Record<PaneId, PaneId>> = { sessions: "projects", detail: "sessions", events: "detail" };

/** Runs a domain command; a CairnError becomes an inline message instead of a crash. */
function attempt(run: () => void, onError: (message: string) => void): boolean {
  try {
    run();
    return true;
  } catch (error) {
    onError(error instanceof CairnError ? error.message : `unexpected error: ${(error as Error).message}`);
    return false;
  }
}

export function App(props: AppProps) {
  const { exit } = useApp();
  const terminal = useWindowSize();
  const size = props.size ?? terminal;
  const [state, dispatch] = useReducer(reduce, undefined, () => initialState());
  const { tick, bump } = useLive(props.store);
  const [promptLines, setPromptLines] = useState(0);
  const [promptError, setPromptError] = useState<string | null>(null);
  const ctx: CommandContext = useMemo(() => ({ store: props.store, actor: props.actor }), [props.store, props.actor]);
  const db = props.store;

  const prompting = state.mode.kind === "prompt";
  // The projects pane is as tall as its list (within bounds), leaving the rest to sessions.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const projectCount = useMemo(() => listProjects(props.store).length, [props.store, tick]);
  const l = layout(size.columns, size.rows, projectCount, prompting ? Math.min(PROMPT_MAX_LINES, Math.max(1, promptLines)) + (promptError ? 1 : 0) : 0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view: View = useMemo(() => buildView(db, state, l), [db, tick, state, l.columns, l.rows, l.promptHeight]);
  const now = useMemo(() => Date.now(), [tick, state]);

  const fail = useCallback((text: string) => dispatch({ type: "notice", notice: { level: "error", text } }), []);
  const quit = useCallback(() => exit(), [exit]);

  const run = (command: CommandId) => {
    const session = view.sessions.selected;
    const project = view.projects.selected;
    const focus = state.focus;
    const page = Math.max(1, innerRows(focus === "events" ? l.eventsHeight : focus === "detail" ? l.detailHeight : focus === "projects" ? l.projectsHeight : l.sessionsHeight) - 1);
    const go = (action: Action | undefined) => action && dispatch(action);
    switch (command) {
      case "quit":
        return quit();
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
        return dispatch({ type: "focus", pane: command.slice(6) as PaneId });
      case "back": {
        if (state.notice) return dispatch({ type: "notice", notice: null });
        if (state.filters[focus]) return dispatch({ type: "filter", pane: focus, text: "" });
        if (focus === "detail" && state.detailSelected !== null) return dispatch({ type: "selectMessage", position: null });
        const previous = BACK[focus];
        return previous && dispatch({ type: "focus", pane: previous });
      }
      case "filter":
        return dispatch({ type: "mode", mode: { kind: "filter", pane: focus } });
      case "move.up":
        return go(move(db, focus, -1, view, l));
      case "move.down":
        return go(move(db, focus, 1, view, l));
      case "move.pageUp":
        return go(move(db, focus, -page, view, l));
      case "move.pageDown":
        return go(move(db, focus, page, view, l));
      case "move.top":
        return go(move(db, focus, -Infinity, view, l));
      case "move.bottom":
        return go(move(db, focus, Infinity, view, l));
      case "open":
        if (focus === "projects") return project && (dispatch({ type: "selectProject", project: project.id, offset: view.projects.offset }), dispatch({ type: "focus", pane: "sessions" }));
        if (focus === "sessions") return session && (dispatch({ type: "selectSession", session: session.id, offset: view.sessions.offset }), dispatch({ type: "focus", pane: "detail" }));
        if (focus === "detail") return view.detail.selectedMessageId && dispatch({ type: "toggleExpanded", message: view.detail.selectedMessageId });
        return openEvent();
      case "session.append":
        if (!session) return fail("select a session first");
        setPromptError(null);
        return dispatch({ type: "mode", mode: { kind: "prompt", purpose: "append", session: session.id } });
      case "session.new":
        if (!project) return fail("select a project first");
        setPromptError(null);
        return dispatch({ type: "mode", mode: { kind: "prompt", purpose: "new", project: project.id } });
      case "session.status":
        if (!session) return fail("select a session first");
        return dispatch({ type: "mode", mode: { kind: "status", session: session.id, options: TRANSITIONS[session.status], index: 0 } });
      case "archive":
        if (focus === "projects") return project && dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "archive-project", project: project.id }, question: `Archive project ${project.id}?` } });
        return session && dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "cancel-session", session: session.id }, question: `Cancel session ${session.id}?` } });
      case "events.narrow": {
        const target = focus === "events" && state.events.session ? null : (session?.id ?? null);
        return dispatch({ type: "eventsNarrow", session: target });
      }
    }
  };

  /** Enter on an event opens the session it belongs to. */
  const openEvent = () => {
    const event = view.events.rows[view.events.selectedIndex];
    if (!event?.session || !event.project) return fail("this event belongs to no session");
    dispatch({ type: "selectProject", project: event.project, offset: 0 });
    dispatch({ type: "selectSession", session: event.session, offset: 0 });
    dispatch({ type: "focus", pane: "detail" });
  };

  const done = (action: Action) => {
    dispatch({ type: "mode", mode: { kind: "normal" } });
    dispatch(action);
    bump();
  };

  const submitPrompt = (text: string) => {
    const mode = state.mode;
    if (mode.kind !== "prompt") return;
    if (mode.purpose === "append") {
      if (attempt(() => appendMessage(ctx, { session: mode.session, message: text }), setPromptError)) done({ type: "notice", notice: { level: "info", text: `appended to ${mode.session}` } });
    } else {
      let id = "";
      if (attempt(() => (id = newSession(ctx, { project: mode.project, message: text }).id), setPromptError)) {
        done({ type: "selectSession", session: id, offset: 0 });
        dispatch({ type: "focus", pane: "detail" });
        dispatch({ type: "notice", notice: { level: "info", text: `started ${id}` } });
      }
    }
    setPromptLines(0);
  };

  useInput(
    (input, key) => {
      const name = keyName(input, key);
      const mode = state.mode;
      if (name === "ctrl+c") return quit();
      if (mode.kind === "help") {
        if (name === "escape" || name === "?" || name === "q") dispatch({ type: "mode", mode: { kind: "normal" } });
        return;
      }
      if (mode.kind === "filter") {
        const text = state.filters[mode.pane];
        if (name === "enter") return dispatch({ type: "mode", mode: { kind: "normal" } });
        if (name === "escape") {
          dispatch({ type: "filter", pane: mode.pane, text: "" });
          return dispatch({ type: "mode", mode: { kind: "normal" } });
        }
        if (name === "backspace") return dispatch({ type: "filter", pane: mode.pane, text: text.slice(0, -1) });
        if (input && !key.ctrl && !key.meta && !key.tab && name.length >= 1 && !["up", "down", "left", "right", "pageup", "pagedown", "home", "end"].includes(name)) {
          return dispatch({ type: "filter", pane: mode.pane, text: (text + input).replace(/[\r\n]/g, "") });
        }
        return;
      }
      if (mode.kind === "status") {
        if (name === "escape" || name === "q") return dispatch({ type: "mode", mode: { kind: "normal" } });
        if (name === "up" || name === "k") return dispatch({ type: "mode", mode: { ...mode, index: Math.max(0, mode.index - 1) } });
        if (name === "down" || name === "j") return dispatch({ type: "mode", mode: { ...mode, index: Math.min(mode.options.length - 1, mode.index + 1) } });
        if (name === "enter") {
          const status = mode.options[mode.index]!;
          dispatch({ type: "mode", mode: { kind: "normal" } });
          if (attempt(() => setStatus(ctx, { session: mode.session, status }), fail)) done({ type: "notice", notice: { level: "info", text: `${mode.session} is now ${status}` } });
        }
        return;
      }
      if (mode.kind === "confirm") {
        if (name === "y") {
          const { action } = mode;
          dispatch({ type: "mode", mode: { kind: "normal" } });
          const ok =
            action.kind === "archive-project"
              ? attempt(() => archiveProject(ctx, action.project), fail)
              : attempt(() => setStatus(ctx, { session: action.session, status: "cancelled" }), fail);
          if (ok) done({ type: "notice", notice: { level: "info", text: action.kind === "archive-project" ? `archived ${action.project}` : `cancelled ${action.session}` } });
        } else if (name === "n" || name === "escape" || name === "q") {
          dispatch({ type: "mode", mode: { kind: "normal" } });
        }
        return;
      }
      const binding = resolveKey(name, state.focus);
      if (binding) run(binding.command);
    },
    { isActive: !prompting },
  );

  if (state.mode.kind === "help") return <HelpScreen width={size.columns} height={size.rows} />;

  const mode = state.mode;
  const right = mode.kind === "status" ? <StatusPicker session={mode.session} options={mode.options} index={mode.index} width={l.rightWidth} height={l.detailHeight} /> : <DetailPane view={view.detail} focused={state.focus === "detail"} width={l.rightWidth} height={l.detailHeight} filter={state.filters.detail} />;

  return (
    <Box flexDirection="column" width={size.columns} height={size.rows}>
      <Header dbPath={props.dbPath} totals={view.totals} width={size.columns} live={state.events.follow} />
      <Box>
        <Box flexDirection="column" width={l.leftWidth}>
          <ProjectsPane view={view.projects} focused={state.focus === "projects"} width={l.leftWidth} height={l.projectsHeight} filter={state.filters.projects} />
          <SessionsPane view={view.sessions} project={view.projects.selected?.id ?? null} focused={state.focus === "sessions"} width={l.leftWidth} height={l.sessionsHeight} filter={state.filters.sessions} now={now} />
        </Box>
        <Box flexDirection="column" width={l.rightWidth}>
          {right}
          {mode.kind === "prompt" ? (
            <Prompt
              label={mode.purpose === "append" ? `append to ${mode.session}` : `new session in ${mode.project}: first message`}
              width={l.rightWidth}
              height={l.promptHeight}
              error={promptError}
              onSubmit={submitPrompt}
              onCancel={() => {
                setPromptLines(0);
                dispatch({ type: "mode", mode: { kind: "normal" } });
              }}
              onQuit={quit}
              onLines={setPromptLines}
            />
          ) : null}
          <EventsPane view={view.events} follow={state.events.follow} session={state.events.session} focused={state.focus === "events"} width={l.rightWidth} height={l.eventsHeight} filter={state.filters.events} />
        </Box>
      </Box>
      <Footer focus={state.focus} mode={state.mode} notice={state.notice} filter={mode.kind === "filter" ? state.filters[mode.pane] : ""} width={size.columns} />
    </Box>
  );
}

export type { AppState };
