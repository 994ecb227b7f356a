import { fail } from "../domain/errors.ts";

/** The four panes, in Tab order. */
export const PANES = ["projects", "sessions", "detail", "events"] as const;
export type PaneId = (typeof PANES)[number];

/** Dialogs and other modes that take the keyboard while they are open. */
export const MODES = ["prompt", "filter", "command", "picker", "kinds", "confirm", "reader", "help"] as const;
export type ModeScope = (typeof MODES)[number];

/** Where a binding applies: everywhere, in any list pane, in one pane, or in one mode. */
export type Scope = "global" | "list" | PaneId | ModeScope;

export type CommandId =
  | "quit"
  | "help"
  | "focus.next"
  | "focus.prev"
  | "focus.projects"
  | "focus.sessions"
  | "focus.detail"
  | "focus.events"
  | "back"
  | "filter"
  | "command"
  | "move.up"
  | "move.down"
  | "move.pageUp"
  | "move.pageDown"
  | "move.top"
  | "move.bottom"
  | "open"
  | "read"
  | "copy"
  | "session.append"
  | "session.new"
  | "session.status"
  | "sessions.sort"
  | "sessions.all"
  | "sessions.waitingFirst"
  | "session.run"
  | "session.interrupt"
  | "session.stop"
  | "session.approve"
  | "session.deny"
  | "archive"
  | "unarchive"
  | "projects.archived"
  | "redraw"
  | "events.narrow"
  | "events.domain"
  | "events.kinds"
  | "events.deliver"
  // In modes:
  | "edit"
  | "submit"
  | "cancel"
  | "newline"
  | "editor"
  | "complete"
  | "yes"
  | "no"
  | "search"
  | "search.next"
  | "search.prev"
  | "pager"
  | "toggle"
  | "showAll";

/** What a binding may look at to say whether it can run now. */
export interface KeyContext {
  project: { id: string; archived: boolean } | null;
  session: { id: string; status: string; finished: boolean; agent: string | null } | null;
}

/** A key binding is data: this table drives dispatch, the footer, the help screen and the README's keys table. */
export interface Binding {
  command: CommandId;
  /** Normalized key names, as `keyName` produces them. */
  keys: string[];
  description: string;
  scope: Scope;
  footer: boolean;
  /** Why the binding cannot run now (shown instead of running it), or undefined when it can. */
  disabled?: (c: KeyContext) => string | undefined;
}

const needsSession = (c: KeyContext) => (c.session ? undefined : "select a session first");
const needsProject = (c: KeyContext) => (c.project ? undefined : "select a project first");
const needsLiveAgent = (c: KeyContext) => needsSession(c) ?? (c.session!.agent === null ? `${c.session!.id} has no live agent to deliver to` : undefined);
const needsOpenProject = (c: KeyContext) => needsProject(c) ?? (c.project!.archived ? `${c.project!.id} is archived: u brings it back` : undefined);

/** The readline keys every text field understands (line-editor.ts carries them out). */
const EDITING = ["left", "right", "ctrl+a", "ctrl+e", "ctrl+w", "ctrl+u", "ctrl+k", "meta+b", "meta+f", "backspace", "delete"];

export const KEYMAP: readonly Binding[] = [
  { command: "move.up", keys: ["up", "k"], description: "up", scope: "list", footer: false },
  { command: "move.down", keys: ["down", "j"], description: "down", scope: "list", footer: false },
  { command: "move.pageUp", keys: ["pageup", "ctrl+u"], description: "page up", scope: "list", footer: false },
  { command: "move.pageDown", keys: ["pagedown", "ctrl+d"], description: "page down", scope: "list", footer: false },
  { command: "move.top", keys: ["g", "home"], description: "first", scope: "list", footer: false },
  { command: "move.bottom", keys: ["G", "end"], description: "last (events: follow)", scope: "list", footer: false },
  { command: "open", keys: ["enter"], description: "open sessions", scope: "projects", footer: true },
  { command: "open", keys: ["enter"], description: "open", scope: "sessions", footer: true },
  { command: "open", keys: ["enter"], description: "expand tools", scope: "detail", footer: true },
  { command: "open", keys: ["enter"], description: "open its session", scope: "events", footer: true },
  { command: "read", keys: ["v"], description: "read the message in full", scope: "detail", footer: true, disabled: needsSession },
  { command: "pager", keys: ["o"], description: "open the message in $PAGER", scope: "detail", footer: false, disabled: needsSession },
  { command: "copy", keys: ["y"], description: "copy the session id", scope: "sessions", footer: false, disabled: needsSession },
  { command: "copy", keys: ["y"], description: "copy the message", scope: "detail", footer: false, disabled: needsSession },
  { command: "copy", keys: ["y"], description: "copy the project id", scope: "projects", footer: false, disabled: needsProject },
  { command: "session.append", keys: ["a"], description: "append message", scope: "sessions", footer: true, disabled: needsSession },
  { command: "session.append", keys: ["a"], description: "append message", scope: "detail", footer: true, disabled: needsSession },
  { command: "session.new", keys: ["n"], description: "new session", scope: "projects", footer: true, disabled: needsOpenProject },
  { command: "session.new", keys: ["n"], description: "new session", scope: "sessions", footer: true, disabled: needsOpenProject },
  { command: "session.status", keys: ["s"], description: "status", scope: "sessions", footer: true, disabled: needsSession },
  { command: "session.status", keys: ["s"], description: "status", scope: "detail", footer: true, disabled: needsSession },
  { command: "sessions.sort", keys: ["o"], description: "sort: created / activity / status", scope: "sessions", footer: false },
  { command: "sessions.all", keys: ["P"], description: "sessions of all projects / of the selected one", scope: "sessions", footer: false },
  { command: "sessions.waitingFirst", keys: ["w"], description: "waiting and failed sessions first", scope: "sessions", footer: false },
  {
    command: "archive",
    keys: ["x"],
    description: "archive project",
    scope: "projects",
    footer: true,
    disabled: (c) => needsProject(c) ?? (c.project!.archived ? `${c.project!.id} is already archived: u brings it back` : undefined),
  },
  {
    command: "archive",
    keys: ["x"],
    description: "cancel session",
    scope: "sessions",
    footer: true,
    disabled: (c) => needsSession(c) ?? (c.session!.finished ? `${c.session!.id} is ${c.session!.status}: only an unfinished session can be cancelled` : undefined),
  },
  { command: "unarchive", keys: ["u"], description: "unarchive project", scope: "projects", footer: false, disabled: (c) => needsProject(c) ?? (c.project!.archived ? undefined : `${c.project!.id} is not archived`) },
  ...(["sessions", "detail"] as const).flatMap((scope): Binding[] => [
    { command: "session.run", keys: ["r"], description: "run its agent (queued or stopped session)", scope, footer: false, disabled: needsSession },
    { command: "session.interrupt", keys: ["i"], description: "interrupt the agent's turn", scope, footer: false, disabled: needsSession },
    { command: "session.stop", keys: ["S"], description: "stop the agent (session done)", scope, footer: false, disabled: needsSession },
    { command: "session.approve", keys: ["Y"], description: "allow the tool the agent waits for", scope, footer: false, disabled: needsSession },
    { command: "session.deny", keys: ["N"], description: "deny the tool the agent waits for", scope, footer: false, disabled: needsSession },
  ]),
  { command: "projects.archived", keys: ["A"], description: "show / hide archived projects", scope: "projects", footer: false },
  { command: "events.narrow", keys: ["e"], description: "events of this session", scope: "sessions", footer: true, disabled: needsSession },
  { command: "events.narrow", keys: ["e"], description: "events of this session", scope: "detail", footer: true, disabled: needsSession },
  { command: "events.narrow", keys: ["e"], description: "all events / session only", scope: "events", footer: true },
  { command: "events.domain", keys: ["D"], description: "show / hide cairn's own events", scope: "events", footer: false },
  { command: "events.kinds", keys: ["K"], description: "choose the kinds shown", scope: "events", footer: false },
  { command: "events.deliver", keys: ["d"], description: "event to the session's agent", scope: "events", footer: true, disabled: needsLiveAgent },
  { command: "filter", keys: ["/"], description: "filter", scope: "global", footer: true },
  { command: "command", keys: [":"], description: "command line (:q, :session-id, :project, :status …)", scope: "global", footer: false },
  { command: "focus.next", keys: ["tab"], description: "next pane", scope: "global", footer: false },
  { command: "focus.prev", keys: ["shift+tab"], description: "previous pane", scope: "global", footer: false },
  { command: "focus.projects", keys: ["1"], description: "projects pane", scope: "global", footer: false },
  { command: "focus.sessions", keys: ["2"], description: "sessions pane", scope: "global", footer: false },
  { command: "focus.detail", keys: ["3"], description: "session pane", scope: "global", footer: false },
  { command: "focus.events", keys: ["4"], description: "events pane", scope: "global", footer: false },
  { command: "back", keys: ["escape"], description: "back", scope: "global", footer: false },
  { command: "redraw", keys: ["ctrl+l"], description: "redraw the screen", scope: "global", footer: false },
  { command: "help", keys: ["?"], description: "help", scope: "global", footer: true },
  { command: "quit", keys: ["q", "ctrl+c"], description: "quit", scope: "global", footer: true },

  { command: "submit", keys: ["enter"], description: "send", scope: "prompt", footer: true },
  { command: "newline", keys: ["ctrl+j", "meta+enter"], description: "new line", scope: "prompt", footer: true },
  { command: "editor", keys: ["ctrl+x"], description: "compose in $EDITOR", scope: "prompt", footer: true },
  { command: "cancel", keys: ["escape", "ctrl+c"], description: "cancel (asks when there is a draft)", scope: "prompt", footer: true },
  { command: "edit", keys: EDITING, description: "readline editing", scope: "prompt", footer: false },

  { command: "submit", keys: ["enter"], description: "keep the filter", scope: "filter", footer: true },
  { command: "cancel", keys: ["escape", "ctrl+c"], description: "clear the filter", scope: "filter", footer: true },
  { command: "edit", keys: EDITING, description: "readline editing", scope: "filter", footer: false },

  { command: "submit", keys: ["enter"], description: "run", scope: "command", footer: true },
  { command: "complete", keys: ["tab"], description: "complete", scope: "command", footer: true },
  { command: "cancel", keys: ["escape", "ctrl+c"], description: "close", scope: "command", footer: true },
  { command: "edit", keys: EDITING, description: "readline editing", scope: "command", footer: false },

  { command: "move.up", keys: ["up", "k"], description: "up", scope: "picker", footer: false },
  { command: "move.down", keys: ["down", "j"], description: "down", scope: "picker", footer: false },
  { command: "submit", keys: ["enter"], description: "choose", scope: "picker", footer: true },
  { command: "cancel", keys: ["escape", "q", "ctrl+c"], description: "cancel", scope: "picker", footer: true },

  { command: "move.up", keys: ["up", "k"], description: "up", scope: "kinds", footer: false },
  { command: "move.down", keys: ["down", "j"], description: "down", scope: "kinds", footer: false },
  { command: "toggle", keys: [" "], description: "show / hide the kind", scope: "kinds", footer: true },
  { command: "showAll", keys: ["a"], description: "show every kind", scope: "kinds", footer: true },
  { command: "cancel", keys: ["enter", "escape", "q", "K"], description: "close", scope: "kinds", footer: true },

  { command: "yes", keys: ["y"], description: "yes", scope: "confirm", footer: true },
  { command: "no", keys: ["n", "escape", "q", "ctrl+c"], description: "no", scope: "confirm", footer: true },

  { command: "move.up", keys: ["up", "k"], description: "line up", scope: "reader", footer: false },
  { command: "move.down", keys: ["down", "j"], description: "line down", scope: "reader", footer: false },
  { command: "move.pageUp", keys: ["pageup", "ctrl+u", "b"], description: "page up", scope: "reader", footer: false },
  { command: "move.pageDown", keys: ["pagedown", "ctrl+d", " "], description: "page down", scope: "reader", footer: false },
  { command: "move.top", keys: ["g", "home"], description: "first line", scope: "reader", footer: false },
  { command: "move.bottom", keys: ["G", "end"], description: "last line", scope: "reader", footer: true },
  { command: "search", keys: ["/"], description: "search", scope: "reader", footer: true },
  { command: "search.next", keys: ["n"], description: "next match", scope: "reader", footer: true },
  { command: "search.prev", keys: ["N"], description: "previous match", scope: "reader", footer: true },
  { command: "pager", keys: ["o"], description: "open in $PAGER", scope: "reader", footer: true },
  { command: "copy", keys: ["y"], description: "copy the message", scope: "reader", footer: true },
  { command: "cancel", keys: ["escape", "q"], description: "close", scope: "reader", footer: true },

  { command: "move.down", keys: ["down", "j", "pagedown", " "], description: "more", scope: "help", footer: false },
  { command: "move.up", keys: ["up", "k", "pageup"], description: "back up", scope: "help", footer: false },
  { command: "cancel", keys: ["escape", "?", "q"], description: "close", scope: "help", footer: true },
];

let active: readonly Binding[] = KEYMAP;

/** The bindings in force: the table, with the config file's keys in place of the defaults. */
export const bindings = (): readonly Binding[] => active;

/** The scopes where no two bindings may share a key. */
export function sharedKeys(table: readonly Binding[]): Array<{ scope: Scope; key: string }> {
  const seen = new Set<string>();
  const shared: Array<{ scope: Scope; key: string }> = [];
  for (const b of table) for (const key of b.keys) (seen.has(`${b.scope} ${key}`) ? shared.push({ scope: b.scope, key }) : seen.add(`${b.scope} ${key}`));
  return shared;
}

/** The table with other keys for some commands (the config file's `keys`); refused when a key would mean two things in one place. */
export function keymapWith(overrides: Partial<Record<CommandId, string | string[]>>): readonly Binding[] {
  const table = KEYMAP.map((b) => {
    const keys = overrides[b.command];
    return keys === undefined ? b : { ...b, keys: typeof keys === "string" ? [keys] : keys };
  });
  const clash = sharedKeys(table)[0];
  if (clash) fail("invalid", `config keys: ${prettyKey(clash.key)} would mean two things in ${SCOPE_TITLE[clash.scope]}`);
  return table;
}

/** Puts the config file's keys in force for this process. */
export function setKeys(overrides: Partial<Record<CommandId, string | string[]>>): void {
  active = keymapWith(overrides);
}

const inScope = (scope: Scope, pane: PaneId) => scope === "global" || scope === "list" || scope === pane;

/** The binding a key triggers in a pane, or in a mode; the pane's own bindings win over global ones. */
export function resolveKey(name: string, where: PaneId | ModeScope): Binding | undefined {
  if ((MODES as readonly string[]).includes(where)) return active.find((b) => b.scope === where && b.keys.includes(name));
  const pane = where as PaneId;
  const matches = active.filter((b) => inScope(b.scope, pane) && b.keys.includes(name));
  return matches.find((b) => b.scope === pane) ?? matches.find((b) => b.scope === "list") ?? matches[0];
}

/** What the footer shows for the focused pane, or for a mode. */
export const footerBindings = (where: PaneId | ModeScope): Binding[] =>
  (MODES as readonly string[]).includes(where) ? active.filter((b) => b.footer && b.scope === where) : active.filter((b) => b.footer && inScope(b.scope, where as PaneId));

const PRETTY: Record<string, string> = {
  up: "↑",
  down: "↓",
  left: "←",
  right: "→",
  enter: "Enter",
  escape: "Esc",
  tab: "Tab",
  "shift+tab": "Shift-Tab",
  pageup: "PgUp",
  pagedown: "PgDn",
  home: "Home",
  end: "End",
  " ": "Space",
  backspace: "Backspace",
  delete: "Del",
};

/** One key for people: "↑", "Ctrl-C", "Alt-B". */
export const prettyKey = (k: string): string => PRETTY[k] ?? k.replace(/^ctrl\+(.)$/, (_, c: string) => `Ctrl-${c.toUpperCase()}`).replace(/^meta\+(.+)$/, (_, c: string) => `Alt-${PRETTY[c] ?? c.toUpperCase()}`);

/** Key names as `keyName` produces them, beside single characters. */
const NAMED = ["up", "down", "left", "right", "pageup", "pagedown", "home", "end", "enter", "escape", "tab", "shift+tab", "backspace", "delete", "ctrl+left", "ctrl+right"];
const BY_LABEL = new Map<string, string>([...NAMED.map((k) => [k, k] as const), ...Object.entries(PRETTY).map(([k, label]) => [label.toLowerCase(), k] as const), ["esc", "escape"], ["return", "enter"], ["space", " "]]);

/**
 * A key as the config file may write it, as the keymap names it: "k", "G", "ctrl+x" or
 * "Ctrl-X", "Alt-B", "Enter", "Esc", "PgDn", "↑". Undefined when it names no key.
 */
export function parseKey(text: string): string | undefined {
  // Arrows may be written as drawn (↑); any other single character is that key.
  if (Array.from(text).length === 1) return BY_LABEL.get(text) ?? text;
  const named = BY_LABEL.get(text.toLowerCase());
  if (named) return named;
  const ctrl = /^(?:ctrl|control)[-+](.)$/i.exec(text);
  if (ctrl) return `ctrl+${ctrl[1]!.toLowerCase()}`;
  const meta = /^(?:alt|meta|option)[-+](.+)$/i.exec(text);
  if (!meta) return undefined;
  const rest = meta[1]!;
  if (Array.from(rest).length === 1) return `meta+${rest.toLowerCase()}`;
  const key = BY_LABEL.get(rest.toLowerCase());
  return key && ["enter", "backspace", "left", "right"].includes(key) ? `meta+${key}` : undefined;
}

/** A key list for people: "↑/k", "Shift-Tab". */
export const keyLabel = (keys: readonly string[]): string => keys.map(prettyKey).join("/");

/** Where each scope's bindings are listed, in this order (help screen and README). */
export const SCOPE_TITLE: Record<Scope, string> = {
  global: "Everywhere",
  list: "In any pane",
  projects: "Projects",
  sessions: "Sessions",
  detail: "Session",
  events: "Events",
  prompt: "Prompt (a, n)",
  filter: "Filter (/)",
  command: "Command line (:)",
  picker: "Status picker (s)",
  kinds: "Kind picker (K)",
  confirm: "Questions",
  reader: "Message reader (v)",
  help: "Help (?)",
};

/** The README's keys table, made from the keymap (a test keeps the README in step). */
export function keysMarkdown(): string {
  const rows = (Object.keys(SCOPE_TITLE) as Scope[]).flatMap((scope) =>
    KEYMAP.filter((b) => b.scope === scope).map((b) => `| ${SCOPE_TITLE[scope]} | ${b.keys.map((k) => `\`${prettyKey(k)}\``).join(" ")} | ${b.description} | \`${b.command}\` |`),
  );
  return ["| where | keys | what | command (config) |", "| --- | --- | --- | --- |", ...rows].join("\n");
}
