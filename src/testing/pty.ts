/** The real `cairn` in a pseudo-terminal, its screen read through a headless xterm. */
import xterm from "@xterm/headless";
import { CLI } from "./harness.ts";

export class PtyScreen {
  readonly term: xterm.Terminal;
  readonly proc: ReturnType<typeof Bun.spawn>;
  #pending = Promise.resolve();

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
      env: options.replaceEnv ? { TERM: "xterm-256color", ...options.env } : { ...process.env, TERM: "xterm-256color", ...options.env },
      terminal: {
        cols,
        rows,
        data: (_t, data) => {
          const chunk = new Uint8Array(data);
          this.#pending = this.#pending.then(() => new Promise<void>((resolve) => this.term.write(chunk, resolve))).then(() => options.onScreen?.(this));
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

  /** Waits until the screen satisfies `check` (a substring or a predicate). */
  async waitFor(check: string | ((screen: string) => boolean), ms = 8000): Promise<string> {
    const test = typeof check === "string" ? (s: string) => s.includes(check) : check;
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      await this.#pending;
      const screen = this.text();
      if (test(screen)) return screen;
      await Bun.sleep(20);
    }
    throw new Error(`screen never showed ${typeof check === "string" ? JSON.stringify(check) : "what was expected"}:\n${this.text()}`);
  }

  /** Types keys one at a time, as a person would. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.proc.terminal!.write(key);
      await Bun.sleep(40);
    }
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.proc.terminal!.resize(cols, rows);
  }

  /** Waits for the process to end and for its last output to reach the screen. */
  async exited(): Promise<number> {
    const code = await this.proc.exited;
    await Bun.sleep(50);
    await this.#pending;
    return code;
  }

  close(): void {
    if (!this.proc.killed) this.proc.kill();
    this.proc.terminal?.close();
    this.term.dispose();
  }
}

export const KEY = { enter: "\r", escape: "\u001b", down: "\u001b[B", up: "\u001b[A", tab: "\t", ctrlC: "\u0003", end: "\u001b[F" };
