import { render } from "ink";
import type { Store } from "../store/store.ts";
import { App } from "./app.tsx";
import { noColorRequested, setTheme } from "./theme.ts";

export interface UiOptions {
  store: Store;
  dbPath: string;
  actor: string;
  /** Quit by itself at this time (epoch ms), for timed demos. */
  until?: number;
}

/** Opens the full-screen UI (alternate screen) and resolves with the exit code when the person quits. */
export async function runUi(options: UiOptions): Promise<number> {
  setTheme("dark", !noColorRequested());
  // Notice a database file removed or replaced under the UI (header notice, writes refused).
  options.store.watchFile();
  const app = render(<App store={options.store} dbPath={options.dbPath} actor={options.actor} />, {
    alternateScreen: true,
    // We are on a terminal (checked by the caller): render live even when CI=true is set.
    interactive: true,
    incrementalRendering: true,
    exitOnCtrlC: false,
    patchConsole: true,
    maxFps: 60,
  });
  // Before Ink puts the terminal in raw mode, Ctrl-C arrives as SIGINT: quit just as cleanly.
  const quit = () => app.unmount();
  process.on("SIGINT", quit);
  process.on("SIGTERM", quit);
  process.on("SIGHUP", quit);
  const timer = options.until !== undefined && Number.isFinite(options.until) ? setTimeout(() => app.unmount(), Math.max(0, options.until - Date.now())) : undefined;
  await app.waitUntilExit();
  clearTimeout(timer);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, quit);
  return 0;
}
