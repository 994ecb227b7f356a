import { Box, Text, useApp, useInput, usePaste, useWindowSize } from "ink";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CommandContext } from "../commands/context.ts";
import { fit } from "../format/inert.ts";
import { countProjects, getMessage, getSession, matchingMessage } from "../store/queries.ts";
import type { Store } from "../store/store.ts";
import { useClock } from "./hooks/use-clock.ts";
import { useLive } from "./hooks/use-live.ts";
import { useSupervisors } from "./hooks/use-supervisors.ts";
import { domainActions } from "./domain-actions.ts";
import { keyPresses, type KeyPress } from "./input/key-presses.ts";
import type { MouseEvent } from "./input/mouse.ts";
import type { MouseSource } from "./input/mouse-stdin.ts";
import { pickerPointer, pointerActions, WHEEL_ROWS } from "./pointer.ts";
import { toggleKind } from "./event-kinds.ts";
import type { Status } from "../domain/status.ts";
import { insert } from "./input/line-editor.ts";
import { resolveKey, type CommandId, type KeyContext } from "./keymap.ts";
import { completeLine, runLine } from "./command-line.ts";
import { findLine, readerPage } from "./reader.ts";
import { ReaderScreen, readerRows } from "./panes/reader-screen.tsx";
import { messageText } from "./render/message-lines.ts";
import { inert } from "../format/inert.ts";
import { canTransition } from "../domain/status.ts";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { innerColumns, layout, MIN_COLUMNS, MIN_ROWS, tooSmall, type Layout } from "./layout.ts";
import { handleModalKey, statusOptions } from "./modal-keys.ts";
import { DetailPane } from "./panes/detail-pane.tsx";
import { EventsPane } from "./panes/events-pane.tsx";
import { Footer } from "./panes/footer.tsx";
import { Header } from "./panes/header.tsx";
import { HelpScreen, helpLines } from "./panes/help-screen.tsx";
import { ProjectsPane } from "./panes/projects-pane.tsx";
import { Prompt, PROMPT_MAX_LINES, promptLines } from "./panes/prompt.tsx";
import { SessionsPane } from "./panes/sessions-pane.tsx";
import { StatusPicker } from "./panes/status-picker.tsx";
import { KindPicker } from "./panes/kind-picker.tsx";
import { runCommand } from "./run-command.ts";
import { initialState, reduce, type Action, type AppState, type Mode, type PromptMode } from "./state/app-state.ts";

type ReaderMode = Extract<Mode, { kind: "reader" }>;
import { eventsRate, viewCache, type View } from "./view-model.ts";

/** How long typing must pause before a filter runs its query. */
const FILTER_PAUSE_MS = 120;
/** How long a notice stays in the footer. */
export const NOTICE_MS = { info: 4_000, error: 8_000 } as const;

export interface AppProps {
  store: Store;
  dbPath: string;
  actor: string;
  /** Fixed size for tests; a real terminal's size otherwise. */
  size?: { columns: number; rows: number };
  /** How often relative ages refresh on a quiet database (tests that count renders stretch it). */
  clockMs?: number;
  /** Writes a control sequence straight to the terminal: the bell, OSC 52 clipboard. */
  emit?: (sequence: string) => void;
  /** Ring the bell once when a session starts waiting for a person (config `bell`, on by default). */
  bell?: boolean;
  /** Where $EDITOR and $PAGER come from. */
  env?: Record<string, string | undefined>;
  /** Mouse reports (config `mouse`, on by default); none when the mouse is off. */
  mouse?: MouseSource;
}

const writeToTerminal = (sequence: string) => void process.stdout.write(sequence);

/** OSC 52: the terminal puts the text on the system clipboard (works over ssh too). */
export const osc52 = (text: string): string => `\u001b]52;c;${Buffer.from(text, "utf8").toString("base64")}\u0007`;

/** What a binding's `disabled` rule looks at: the selected project and session. */
function keyContext(view: View): KeyContext {
  const project = view.projects.selected;
  const session = view.sessions.selected;
  return {
    project: project && { id: project.id, archived: project.archived },
    session: session && { id: session.id, status: session.status, finished: !canTransition(session.status, "cancelled"), agent: session.agent },
  };
}

/** The layout for a state: the prompt grows with its draft, up to a few lines. */
function layoutFor(state: AppState, columns: number, rows: number, projectCount: number): Layout {
  const mode = state.mode;
  if (mode.kind !== "prompt") return layout(columns, rows, projectCount, 0);
  const width = innerColumns(layout(columns, rows, projectCount, 0).rightWidth);
  return layout(columns, rows, projectCount, Math.min(PROMPT_MAX_LINES, promptLines(mode.draft, width).length) + (mode.error ? 1 : 0));
}

export function App(props: AppProps) {
  const { exit, suspendTerminal } = useApp();
  const terminal = useWindowSize();
  const size = props.size ?? terminal;
  const { tick, bump, fileChange } = useLive(props.store);
  const ctx: CommandContext = useMemo(() => ({ store: props.store, actor: props.actor }), [props.store, props.actor]);

  // Keys are handled one by one against the newest state, not the last rendered one: a read
  // of several keys (`jjj`, `a` + text + Enter) applies them all before React draws again.
  const stateRef = useRef<AppState>(initialState());
  const [state, setState] = useState(stateRef.current);
  const dispatch = useCallback((action: Action) => {
    const next = reduce(stateRef.current, action);
    if (next === stateRef.current) return;
    stateRef.current = next;
    setState(next);
  }, []);

  const tickRef = useRef(tick);
  tickRef.current = tick;
  const views = useMemo(() => viewCache(props.store), [props.store]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const projectCount = useMemo(() => countProjects(props.store), [props.store, tick]);
  const projectCountRef = useRef(projectCount);
  projectCountRef.current = projectCount;

  /** The state, layout and view a key acts on, with the selection pinned to the rows it shows. */
  const current = useCallback((): { state: AppState; layout: Layout; view: View } => {
    let s = stateRef.current;
    const l = layoutFor(s, size.columns, size.rows, projectCountRef.current);
    let view = views(s, l, tickRef.current);
    // The selection is an id, never "the top row": rows arriving later must not move it.
    const project = view.projects.selected?.id ?? null;
    const session = view.sessions.selected?.id ?? null;
    if (project !== s.project || session !== s.session) {
      if (project !== s.project) dispatch({ type: "selectProject", project, offset: view.projects.offset });
      if (session !== stateRef.current.session) dispatch({ type: "selectSession", session, offset: view.sessions.offset });
      s = stateRef.current;
      view = views(s, l, tickRef.current);
    }
    return { state: s, layout: l, view };
  }, [views, dispatch, size.columns, size.rows]);

  const l = layoutFor(state, size.columns, size.rows, projectCount);
  const view = views(state, l, tick);
  // Pin what the screen shows as selected (a first render, or a selection that went away).
  useEffect(() => {
    current();
  }, [current, view]);

  const clock = useClock(props.clockMs ?? 5_000);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const now = useMemo(() => Date.now(), [tick, clock]);
  // One read of a few index lookups, only when events arrive or the clock moves: never on a key.
  const rate = useMemo(() => eventsRate(props.store, state.events.session, now), [props.store, state.events.session, now]);

  // A filter being typed reaches the pane's query when typing pauses: on a million events a
  // substring search can take a few hundred milliseconds, and keys must never wait for it.
  const typing = state.mode.kind === "filter" ? state.mode.pane : null;
  const draft = state.filterDraft.text;
  useEffect(() => {
    if (!typing || draft === stateRef.current.filters[typing]) return;
    const timer = setTimeout(() => dispatch({ type: "filter", pane: typing, text: draft }), FILTER_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typing, draft, dispatch]);

  // Notices go away by themselves; a newer one replaces an older one at once.
  const notice = state.notice;
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => dispatch({ type: "noticeExpired", notice }), NOTICE_MS[notice.level]);
    return () => clearTimeout(timer);
  }, [notice, dispatch]);

  const quit = useCallback(() => exit(), [exit]);
  const actions = useMemo(() => domainActions(ctx, dispatch, bump, props.dbPath), [ctx, dispatch, bump, props.dbPath]);
  useSupervisors(ctx);
  const emit = props.emit ?? writeToTerminal;
  const env = props.env ?? process.env;

  // The bell rings once when the number of sessions waiting for a person goes up.
  const waiting = view.totals.waiting;
  const waitingBefore = useRef(waiting);
  useEffect(() => {
    if (props.bell !== false && waiting > waitingBefore.current) emit("\u0007");
    waitingBefore.current = waiting;
  }, [waiting, props.bell, emit]);

  const copy = (text: string, what: string) => {
    emit(osc52(text));
    dispatch({ type: "notice", notice: { level: "info", text: `copied ${what}` } });
  };

  /** Runs a program on the terminal (pager, editor) while the UI steps aside, then draws again. */
  const outside = (script: string, args: string[], input?: string) =>
    suspendTerminal(async () => {
      const child = Bun.spawn(["sh", "-c", script, "sh", ...args], { stdin: input === undefined ? "inherit" : Buffer.from(input), stdout: "inherit", stderr: "inherit" });
      await child.exited;
    });

  const pager = (text: string) => void outside(env.PAGER || "less", [], inert(text));

  const editInEditor = async (prompt: PromptMode) => {
    const file = join(tmpdir(), `cairn-draft-${process.pid}-${Date.now()}.md`);
    await Bun.write(file, prompt.draft.text);
    try {
      await outside(`${env.VISUAL || env.EDITOR || "vi"} "$1"`, [file]);
      const text = (await Bun.file(file).text()).replace(/\n$/, "");
      const mode = stateRef.current.mode;
      if (mode.kind === "prompt") dispatch({ type: "mode", mode: { ...mode, draft: { text, cursor: text.length }, error: null } });
    } finally {
      rmSync(file, { force: true });
    }
  };

  const readerKey = (command: CommandId | "search.first", mode: ReaderMode) => {
    const page = readerPage(props.store, mode.message, size.columns - 4);
    const lines = page?.lines ?? [];
    const rows = readerRows(size.rows);
    const go = (top: number, hit: number | null = null) => dispatch({ type: "mode", mode: { ...mode, top: Math.max(0, Math.min(top, lines.length - rows)), hit } });
    switch (command) {
      case "move.up":
        return go(mode.top - 1);
      case "move.down":
        return go(mode.top + 1);
      case "move.pageUp":
        return go(mode.top - rows + 1);
      case "move.pageDown":
        return go(mode.top + rows - 1);
      case "move.top":
        return go(0);
      case "move.bottom":
        return go(lines.length);
      case "search.first":
      case "search.next":
      case "search.prev": {
        const step = command === "search.prev" ? -1 : 1;
        const from = command === "search.first" ? mode.top : (mode.hit ?? mode.top) + step;
        // Past this message's last match, n goes on to the session's next message that has one (N: the previous).
        const here = findLine(lines, mode.search, from, step, false);
        if (here !== undefined) return go(here, here);
        const other = matchingMessage(props.store, mode.session, mode.message, mode.search, step);
        const otherLines = other ? (readerPage(props.store, other, size.columns - 4)?.lines ?? []) : [];
        const there = findLine(otherLines, mode.search, step > 0 ? 0 : otherLines.length - 1, step, false);
        if (other && there !== undefined) return dispatch({ type: "mode", mode: { ...mode, message: other, top: Math.max(0, Math.min(there, otherLines.length - rows)), hit: there } });
        const wrapped = findLine(lines, mode.search, from, step);
        return wrapped === undefined ? dispatch({ type: "mode", mode }) : go(wrapped, wrapped);
      }
      case "pager":
        if (page) pager(page.text);
        return;
      case "copy":
        if (page) copy(page.text, "the message");
        return;
    }
  };

  const handleKey = (key: KeyPress) => {
    const now = current();
    const modal = {
      state: now.state,
      dispatch,
      actions,
      statusOf: (id: string) => getSession(props.store, id)?.status,
      runLine: (line: string) => runLine(line, { store: props.store, dispatch, quit }),
      completeLine: (line: string) => completeLine(line, props.store),
      reader: readerKey,
      editor: (prompt: PromptMode) => void editInEditor(prompt),
    };
    if (handleModalKey(key, modal)) return;
    const binding = resolveKey(key.name, now.state.focus);
    if (!binding) return;
    // A key that cannot act now says why, instead of doing nothing or asking first and refusing after.
    const reason = binding.disabled?.(keyContext(now.view));
    if (reason) return actions.fail(reason);
    runCommand(binding.command, {
      store: props.store,
      state: now.state,
      view: now.view,
      layout: now.layout,
      dispatch,
      quit,
      fail: actions.fail,
      unarchive: actions.unarchive,
      steer: actions.steer,
      // Handing the terminal over and back makes Ink leave and re-enter the alternate screen and draw every row again.
      redraw: () => void suspendTerminal(async () => {}),
      copy,
      pager,
      messageText: (id) => {
        const message = getMessage(props.store, id);
        return message && messageText(message);
      },
    });
  };

  useInput((input, key) => {
    for (const press of keyPresses(input, key)) handleKey(press);
  });

  /** A click or the wheel: in the panes, or scrolling the reader and help screens. */
  const handleMouse = (m: MouseEvent) => {
    if (tooSmall(size.columns, size.rows)) return;
    const now = current();
    const mode = now.state.mode;
    const wheel = m.kind === "wheelUp" ? -1 : m.kind === "wheelDown" ? 1 : 0;
    if (mode.kind === "reader") {
      for (let i = 0; i < WHEEL_ROWS && wheel !== 0; i++) readerKey(wheel < 0 ? "move.up" : "move.down", stateRef.current.mode as ReaderMode);
      return;
    }
    if (mode.kind === "help") {
      if (wheel !== 0) dispatch({ type: "mode", mode: { ...mode, top: Math.max(0, Math.min(helpLines().length - 1, mode.top + wheel * WHEEL_ROWS)) } });
      return;
    }
    // The pickers (drawn where the session pane is): the wheel moves through the options, a click chooses one.
    if (mode.kind === "status" || mode.kind === "kinds") {
      const options = mode.kind === "status" ? statusOptions(getSession(props.store, mode.session)?.status) : mode.kinds.map((k) => k.kind);
      const hit = pickerPointer(m, now.layout, mode.index, options.length, mode.kind === "kinds");
      if (!hit) return;
      dispatch({ type: "mode", mode: { ...mode, index: hit.index } });
      if (!hit.choose) return;
      if (mode.kind === "status") actions.changeStatus(mode.session, options[hit.index] as Status);
      else dispatch({ type: "hiddenKinds", kinds: toggleKind(stateRef.current.hiddenKinds, options[hit.index]!) });
      return;
    }
    // Other dialogs keep the keyboard and the mouse until they close.
    if (mode.kind !== "normal") return;
    for (const action of pointerActions(props.store, m, now.view, now.layout, now.state.focus)) dispatch(action);
  };
  const mouseRef = useRef(handleMouse);
  mouseRef.current = handleMouse;
  useEffect(() => {
    const source = props.mouse;
    if (!source) return;
    const listener = (m: MouseEvent) => mouseRef.current(m);
    source.on("mouse", listener);
    return () => void source.off("mouse", listener);
  }, [props.mouse]);
  usePaste((pasted) => {
    const mode = stateRef.current.mode;
    if (mode.kind === "prompt") dispatch({ type: "mode", mode: { ...mode, draft: insert(mode.draft, pasted.replace(/\r\n?/g, "\n")), error: null } });
    else if (mode.kind === "filter") dispatch({ type: "filterDraft", draft: insert(stateRef.current.filterDraft, pasted.replace(/[\r\n]+/g, " ")) });
  });

  if (tooSmall(size.columns, size.rows)) {
    return (
      <Box flexDirection="column" width={size.columns} height={size.rows}>
        <Text>{fit(`This terminal is ${size.columns}×${size.rows}.`, size.columns)}</Text>
        <Text>{fit(`cairn needs ${MIN_COLUMNS}×${MIN_ROWS}.`, size.columns)}</Text>
        <Text dimColor>{fit("Enlarge it, or q to quit.", size.columns)}</Text>
      </Box>
    );
  }
  if (state.mode.kind === "help") return <HelpScreen width={size.columns} height={size.rows} top={state.mode.top} />;
  if (state.mode.kind === "reader") {
    const m = state.mode;
    return <ReaderScreen page={readerPage(props.store, m.message, size.columns - 4)} title={`${m.session} · message ${m.message} — q to close`} top={m.top} search={m.search} hit={m.hit} searching={m.searching} width={size.columns} height={size.rows} />;
  }

  const mode = state.mode;
  const right =
    mode.kind === "kinds" ? (
      <KindPicker kinds={mode.kinds} hidden={state.hiddenKinds} index={mode.index} session={state.events.session} width={l.rightWidth} height={l.detailHeight} />
    ) : mode.kind === "status" ? (
      <StatusPicker session={mode.session} status={getSession(props.store, mode.session)?.status} options={statusOptions(getSession(props.store, mode.session)?.status)} index={mode.index} width={l.rightWidth} height={l.detailHeight} />
    ) : (
      <DetailPane view={view.detail} focused={state.focus === "detail"} width={l.rightWidth} height={l.detailHeight} filter={state.filters.detail} />
    );

  return (
    <Box flexDirection="column" width={size.columns} height={size.rows}>
      <Header dbPath={props.dbPath} totals={view.totals} width={size.columns} live={state.events.follow} fileChange={fileChange} />
      <Box>
        <Box flexDirection="column" width={l.leftWidth}>
          <ProjectsPane view={view.projects} focused={state.focus === "projects"} width={l.leftWidth} height={l.projectsHeight} filter={state.filters.projects} showArchived={state.showArchived} />
          <SessionsPane view={view.sessions} project={view.projects.selected?.id ?? null} focused={state.focus === "sessions"} width={l.leftWidth} height={l.sessionsHeight} filter={state.filters.sessions} now={now} options={state.sessionsView} />
        </Box>
        <Box flexDirection="column" width={l.rightWidth}>
          {right}
          {mode.kind === "prompt" ? (
            <Prompt label={promptLabel(mode)} draft={mode.draft} width={l.rightWidth} height={l.promptHeight} error={mode.error} />
          ) : null}
          <EventsPane view={view.events} follow={state.events.follow} session={state.events.session} focused={state.focus === "events"} width={l.rightWidth} height={l.eventsHeight} filter={state.filters.events} now={now} hidden={state.hiddenKinds} rate={rate} />
        </Box>
      </Box>
      <Footer focus={state.focus} mode={state.mode} notice={state.notice} filter={state.filterDraft} width={size.columns} />
    </Box>
  );
}

export type { AppState };

/** What the inline prompt asks for. */
function promptLabel(mode: PromptMode): string {
  if (mode.purpose === "append") return `append to ${mode.session}`;
  if (mode.purpose === "deliver") return `event for ${mode.session}'s agent: kind [JSON payload]`;
  return `new session in ${mode.project}: first message`;
}
