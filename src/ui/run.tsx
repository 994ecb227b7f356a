import { render, Text } from "ink";
import type { Store } from "../store/store.ts";

export interface UiOptions {
  store: Store;
  dbPath: string;
  actor: string;
  /** Quit by itself at this time (epoch ms), for timed demos. */
  until?: number;
}

/** Opens the full-screen UI and resolves with the exit code when the person quits. */
export async function runUi(options: UiOptions): Promise<number> {
  const app = render(<Text>cairn {options.dbPath}</Text>);
  await app.waitUntilExit();
  return 0;
}
