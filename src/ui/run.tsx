import { render } from "ink";
import type { Store } from "../store/store.ts";
import { App } from "./app.tsx";
import { MouseStdin } from "./input/mouse-stdin.ts";
import type { UiConfig } from "./config.ts";
import { setKeys } from "./keymap.ts";
import { surviveHangUp, terminalGone } from "./hang-up.ts";
import { noColorRequested, setTheme } from "./theme.ts";

export interface UiOptions {
  store: Store;
  dbPath: string;
  actor: string;
  /** Quit by itself at this time (epoch ms), for timed demos. */
  until?: number;
  /** The settings file, already checked (loadUiConfig). */
  config?: UiConfig;
}

/** How long one UI write attempt waits for the lock: short enough that keys and the clock never stall. */
const UI_LOCK_WAIT_MS = 20;

/** Opens the full-screen UI (alternate screen) and resolves with the exit code when the person quits. */
export async function runUi(options: UiOptions): Promise<number> {
  const config = options.config ?? {};
  setTheme(config.theme ?? "dark", !noColorRequested());
  setKeys(config.keys ?? {});
  // Notice a database file removed or replaced under the UI (header notice, writes refused).
  options.store.watchFile();
  // Never block drawing on another writer's lock: writes wait a moment, then retry on a timer (domain-actions.ts).
  options.store.setBusyTimeout(UI_LOCK_WAIT_MS);
  const endHangUpGuard = surviveHangUp();
  // Mouse reports are taken out of the input before Ink reads it (config `mouse = false`: none asked for).
  const mouse = config.mouse === false ? undefined : new MouseStdin(process.stdin, process.stdout);
  const app = render(<App store={options.store} dbPath={options.dbPath} actor={options.actor} bell={config.bell ?? true} mouse={mouse} />, {
    stdin: (mouse as unknown as NodeJS.ReadStream | undefined) ?? process.stdin,
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
  try {
    await app.waitUntilExit();
  } catch (error) {
    // Ink may report the same EIO while unmounting: the person is gone, the exit is clean.
    if (!terminalGone(error)) throw error;
  } finally {
    clearTimeout(timer);
    mouse?.close();
    endHangUpGuard();
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, quit);
  return 0;
}
