/** The real `cairn` in a pseudo-terminal, its screen read through a headless xterm. */
import xterm from "@xterm/headless";
import { CLI } from "./harness.ts";

export class PtyScreen {
  readonly term: xterm.Terminal;
  readonly proc: ReturnType<typeof Bun.spawn>;
  #pending = Promise.resolve();
  /** Checks waiting for the screen: each is tried again whenever output reaches it. */
  #waiters = new Set<() => void>();

  /**
   * Runs `bun <entry> ...args` (entry defaults to cairn's CLI), or `command ...args` for another
   * program; `replaceEnv` gives it exactly `env` instead of adding `env` to this process's.
   */
  constructor(
    args: string[],
    options: { cols?: number; rows?: number; env?: Record<string, string>; before?: string; entry?: string; command?: string; cwd?: string; replaceEnv?: boolean; onScreen?: (screen: PtyScreen) => void } = {},
  ) {
    const cols = options.cols ?? 100;
    const rows = options.rows ?? 30;
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    if (options.before) this.term.write(options.before);
    const program = options.command ? [options.command] : [process.execPath, ...(options.entry === "" ? [] : [options.entry ?? CLI])];
    this.proc = Bun.spawn([...program, ...args], {
      cwd: options.cwd,
      env: options.replaceEnv ? { TERM: "xterm-256color", ...options.env } : { ...personsEnv(), TERM: "xterm-256color", ...options.env },
      terminal: {
        cols,
        rows,
        data: (_t, data) => {
          const chunk = new Uint8Array(data);
          this.#pending = this.#pending
            .then(() => new Promise<void>((resolve) => this.term.write(chunk, resolve)))
            .then(() => {
              options.onScreen?.(this);
              for (const wake of this.#waiters) wake();
            });
        },
      },
    });
  }

  /** The visible screen, one string per row. */
  lines(): string[] {
    const buffer = this.term.buffer.active;
    return Array.from({ length: this.term.rows }, (_, i) => buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? "");
  }

  text(): string {
    return this.lines().join("\n");
  }

  /**
   * Waits until the screen satisfies `check` (a substring or a predicate), looking again each
   * time output reaches the screen; `ms` only bounds how long a failing test takes.
   */
  async waitFor(check: string | ((screen: string) => boolean), ms = 15_000): Promise<string> {
    const test = typeof check === "string" ? (s: string) => s.includes(check) : check;
    await this.#pending;
    if (test(this.text())) return this.text();
    return new Promise<string>((resolve, reject) => {
      const wake = () => {
        const screen = this.text();
        if (!test(screen)) return;
        done();
        resolve(screen);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`screen never showed ${typeof check === "string" ? JSON.stringify(check) : "what was expected"}:\n${this.text()}`));
      }, ms);
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(wake);
      };
      this.#waiters.add(wake);
    });
  }

  /**
   * Sends keys the way a terminal does when they come fast: all in one write. Keys are sent
   * once the UI reads them raw (it turns on bracketed paste right after raw mode): before
   * that the terminal is still in line mode, which echoes keys and turns Enter into a newline.
   */
  async press(...keys: string[]): Promise<void> {
    await this.waitFor(() => this.term.modes.bracketedPasteMode);
    this.proc.terminal!.write(keys.join(""));
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.proc.terminal!.resize(cols, rows);
  }

  /**
   * Waits for the process to end and for its last output (leaving the alternate screen) to
   * reach the screen.
   */
  async exited(): Promise<number> {
    const code = await this.proc.exited;
    await this.waitFor(() => this.term.buffer.active.type === "normal", 5_000).catch(() => undefined);
    return code;
  }

  close(): void {
    if (!this.proc.killed) this.proc.kill();
    this.proc.terminal?.close();
    this.term.dispose();
  }
}

/** The UI on one database, opened as often as a test file needs (100×30 unless told); `closeAll` after. */
export function uiScreens(db: string) {
  const screens: PtyScreen[] = [];
  return {
    open(options: ConstructorParameters<typeof PtyScreen>[1] = {}): PtyScreen {
      const screen = new PtyScreen(["--db", db], { cols: 100, rows: 30, ...options });
      screens.push(screen);
      return screen;
    },
    closeAll(): void {
      for (const s of screens) s.close();
    },
  };
}

export const KEY = { enter: "\r", escape: "\u001b", down: "\u001b[B", up: "\u001b[A", tab: "\t", ctrlC: "\u0003", end: "\u001b[F" };

/**
 * This process's environment as a person's terminal would have it: without CI, which the test
 * runner may set and which makes Ink's colour detection draw no colour at all.
 */
function personsEnv(): Record<string, string | undefined> {
  const { CI: _ci, ...env } = process.env;
  return env;
}
