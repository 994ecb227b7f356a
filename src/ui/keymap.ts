/** The four panes, in Tab order. */
export const PANES = ["projects", "sessions", "detail", "events"] as const;
export type PaneId = (typeof PANES)[number];

/** Where a binding applies: everywhere, in any list pane, or in one pane. */
export type Scope = "global" | "list" | PaneId;

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
  | "move.up"
  | "move.down"
  | "move.pageUp"
  | "move.pageDown"
  | "move.top"
  | "move.bottom"
  | "open"
  | "session.append"
  | "session.new"
  | "session.status"
  | "archive"
  | "unarchive"
  | "projects.archived"
  | "redraw"
  | "events.narrow";

/** A key binding is data: this table drives dispatch, the footer and the help screen. */
export interface Binding {
  command: CommandId;
  /** Normalized key names, as `keyName` produces them. */
  keys: string[];
  description: string;
  scope: Scope;
  footer: boolean;
}

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
  { command: "session.append", keys: ["a"], description: "append message", scope: "sessions", footer: true },
  { command: "session.append", keys: ["a"], description: "append message", scope: "detail", footer: true },
  { command: "session.new", keys: ["n"], description: "new session", scope: "projects", footer: true },
  { command: "session.new", keys: ["n"], description: "new session", scope: "sessions", footer: true },
  { command: "session.status", keys: ["s"], description: "status", scope: "sessions", footer: true },
  { command: "session.status", keys: ["s"], description: "status", scope: "detail", footer: true },
  { command: "archive", keys: ["x"], description: "archive project", scope: "projects", footer: true },
  { command: "archive", keys: ["x"], description: "cancel session", scope: "sessions", footer: true },
  { command: "unarchive", keys: ["u"], description: "unarchive project", scope: "projects", footer: false },
  { command: "projects.archived", keys: ["A"], description: "show / hide archived projects", scope: "projects", footer: false },
  { command: "events.narrow", keys: ["e"], description: "events of this session", scope: "sessions", footer: true },
  { command: "events.narrow", keys: ["e"], description: "events of this session", scope: "detail", footer: true },
  { command: "events.narrow", keys: ["e"], description: "all events / session only", scope: "events", footer: true },
  { command: "filter", keys: ["/"], description: "filter", scope: "global", footer: true },
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
];

const inScope = (scope: Scope, pane: PaneId) => scope === "global" || scope === "list" || scope === pane;

/** The binding a key triggers in a pane; the pane's own bindings win over global ones. */
export function resolveKey(name: string, pane: PaneId): Binding | undefined {
  const matches = KEYMAP.filter((b) => inScope(b.scope, pane) && b.keys.includes(name));
  return matches.find((b) => b.scope === pane) ?? matches.find((b) => b.scope === "list") ?? matches[0];
}

/** What the footer shows for the focused pane. */
export const footerBindings = (pane: PaneId): Binding[] => KEYMAP.filter((b) => b.footer && inScope(b.scope, pane));

/** A key list for people: "↑/k", "Shift-Tab". */
export function keyLabel(keys: readonly string[]): string {
  const pretty: Record<string, string> = { up: "↑", down: "↓", enter: "Enter", escape: "Esc", tab: "Tab", "shift+tab": "Shift-Tab", pageup: "PgUp", pagedown: "PgDn", home: "Home", end: "End", "ctrl+c": "Ctrl-C", "ctrl+u": "Ctrl-U", "ctrl+d": "Ctrl-D", "ctrl+l": "Ctrl-L" };
  return keys.map((k) => pretty[k] ?? k).join("/");
}
