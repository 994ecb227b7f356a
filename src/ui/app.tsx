import { Box, useApp, useInput, useWindowSize } from "ink";
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import type { CommandContext } from "../commands/context.ts";
import { listProjects } from "../store/queries.ts";
import type { Store } from "../store/store.ts";
import { useClock } from "./hooks/use-clock.ts";
import { useLive } from "./hooks/use-live.ts";
import { domainActions } from "./domain-actions.ts";
import { keyName, resolveKey } from "./keymap.ts";
import { layout } from "./layout.ts";
import { handleModalKey } from "./modal-keys.ts";
import { DetailPane } from "./panes/detail-pane.tsx";
import { EventsPane } from "./panes/events-pane.tsx";
import { Footer } from "./panes/footer.tsx";
import { Header } from "./panes/header.tsx";
import { HelpScreen } from "./panes/help-screen.tsx";
import { ProjectsPane } from "./panes/projects-pane.tsx";
import { Prompt, PROMPT_MAX_LINES } from "./panes/prompt.tsx";
import { SessionsPane } from "./panes/sessions-pane.tsx";
import { StatusPicker } from "./panes/status-picker.tsx";
import { runCommand } from "./run-command.ts";
import { initialState, reduce, type AppState } from "./state/app-state.ts";
import { buildView, type View } from "./view-model.ts";

/** How long typing must pause before a filter runs its query. */
const FILTER_PAUSE_MS = 120;

export interface AppProps {
  store: Store;
  dbPath: string;
  actor: string;
  /** Fixed size for tests; a real terminal's size otherwise. */
  size?: { columns: number; rows: number };
  /** How often relative ages refresh on a quiet database (tests that count renders stretch it). */
  clockMs?: number;
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

  const prompting = state.mode.kind === "prompt";
  // The projects pane is as tall as its list (within bounds), leaving the rest to sessions.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const projectCount = useMemo(() => listProjects(props.store).length, [props.store, tick]);
  const l = layout(size.columns, size.rows, projectCount, prompting ? Math.min(PROMPT_MAX_LINES, Math.max(1, promptLines)) + (promptError ? 1 : 0) : 0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view: View = useMemo(() => buildView(props.store, state, l), [props.store, tick, state, l.columns, l.rows, l.promptHeight]);
  const clock = useClock(props.clockMs ?? 5_000);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const now = useMemo(() => Date.now(), [tick, clock]);

  // A filter being typed reaches the pane's query when typing pauses: on a million events a
  // substring search can take a few hundred milliseconds, and keys must never wait for it.
  const typing = state.mode.kind === "filter" ? state.mode.pane : null;
  useEffect(() => {
    if (!typing || state.filterDraft === state.filters[typing]) return;
    const timer = setTimeout(() => dispatch({ type: "filter", pane: typing, text: state.filterDraft }), FILTER_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typing, state.filterDraft, state.filters]);

  const quit = useCallback(() => exit(), [exit]);
  const actions = useMemo(() => domainActions(ctx, dispatch, bump), [ctx, bump]);

  const submitPrompt = (text: string) => {
    const mode = state.mode;
    if (mode.kind !== "prompt") return;
    if (mode.purpose === "append") actions.append(mode.session, text, setPromptError);
    else actions.start(mode.project, text, setPromptError);
    setPromptLines(0);
  };

  useInput(
    (input, key) => {
      const name = keyName(input, key);
      if (name === "ctrl+c") return quit();
      if (handleModalKey(name, input, key, state, dispatch, actions)) return;
      const binding = resolveKey(name, state.focus);
      if (!binding) return;
      runCommand(binding.command, {
        store: props.store,
        state,
        view,
        layout: l,
        dispatch,
        quit,
        fail: actions.fail,
        openPrompt: (mode) => {
          setPromptError(null);
          dispatch({ type: "mode", mode });
        },
      });
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
      <Footer focus={state.focus} mode={state.mode} notice={state.notice} filter={mode.kind === "filter" ? state.filterDraft : ""} width={size.columns} />
    </Box>
  );
}

export type { AppState };
