/** Colors by what they mean; a theme maps each to a terminal color, and NO_COLOR maps all to none. */
export type ColorRole =
  | "accent"
  | "muted"
  | "ok"
  | "warn"
  | "error"
  | "queued"
  | "running"
  | "waiting"
  | "review"
  | "done"
  | "failed"
  | "cancelled"
  | "user"
  | "assistant"
  | "system"
  | "tool"
  | "file"
  | "domain";

export type Palette = Record<ColorRole, string>;

const DARK: Palette = {
  accent: "cyan",
  muted: "gray",
  ok: "green",
  warn: "yellow",
  error: "red",
  queued: "gray",
  running: "green",
  waiting: "yellow",
  review: "magenta",
  done: "blue",
  failed: "red",
  cancelled: "gray",
  user: "cyan",
  assistant: "magenta",
  system: "yellow",
  tool: "blue",
  file: "blue",
  domain: "gray",
};

// On a light background yellow and cyan wash out: darker shades of the same meanings.
const LIGHT: Palette = {
  ...DARK,
  accent: "blue",
  muted: "#6c6c6c",
  ok: "#007700",
  warn: "#9a6700",
  waiting: "#9a6700",
  running: "#007700",
  user: "blue",
  system: "#9a6700",
  domain: "#6c6c6c",
};

export const THEMES = { dark: DARK, light: LIGHT } as const;
export type ThemeName = keyof typeof THEMES;

let palette: Palette | null = DARK;

/** Chooses the palette for this process (null: no color at all, as NO_COLOR asks). */
export function setTheme(name: ThemeName, color: boolean): void {
  palette = color ? THEMES[name] : null;
}

/** The terminal color for a role, or undefined when colors are off. */
export const paint = (role: string | undefined): string | undefined => (role && palette ? (palette[role as ColorRole] ?? undefined) : undefined);

/** Whether colors are on: without them the focused pane is marked by bold text. */
export const colorsOn = (): boolean => palette !== null;

/** NO_COLOR (any non-empty value, https://no-color.org) turns colors off. */
export const noColorRequested = (env: Record<string, string | undefined> = process.env): boolean => Boolean(env.NO_COLOR);
