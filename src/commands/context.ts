import type { Store } from "../store/store.ts";

/** Who is writing, and through which store: passed to every domain command. */
export interface CommandContext {
  store: Store;
  /** Recorded on every event as its actor (agent name, `cli:alice`, `ui:alice`). */
  actor: string | null;
}
