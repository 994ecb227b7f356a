import type { CairnEvent } from "../domain/events.ts";
import { lastSeq, listEvents, type EventFilter } from "./queries.ts";
import type { Store } from "./store.ts";

const PAGE = 500;

/**
 * Matching events after `cursor`, in pages; returns the new cursor. The head is read before
 * each page, so an event that commits mid-read is caught next time: none missed, none twice
 * (SQLite has one writer, so seq order is commit order).
 */
export function eventsAfter(store: Store, filter: EventFilter, cursor: number, onPage: (events: CairnEvent[]) => void): number {
  for (;;) {
    const head = lastSeq(store);
    const page = listEvents(store, { ...filter, after: cursor }, PAGE);
    if (page.length > 0) onPage(page);
    if (page.length < PAGE) return Math.max(head, page.at(-1)?.seq ?? cursor);
    cursor = page.at(-1)!.seq;
  }
}

/** The newest `limit` matching events and the cursor to follow from. */
export function lastEvents(store: Store, filter: EventFilter, limit: number): { events: CairnEvent[]; cursor: number } {
  const head = lastSeq(store);
  const events = listEvents(store, filter, limit);
  return { events, cursor: Math.max(head, events.at(-1)?.seq ?? 0) };
}

export const POLL_MS = 50;

/**
 * Calls `onPage` with every matching event committed after `cursor` until `stopped()`:
 * polls `PRAGMA data_version` (microseconds) and reads only when something committed.
 */
export async function followEvents(
  store: Store,
  filter: EventFilter,
  cursor: number,
  onPage: (events: CairnEvent[]) => void,
  stopped: () => boolean,
): Promise<void> {
  let seen = store.dataVersion();
  while (!stopped()) {
    await Bun.sleep(POLL_MS);
    const version = store.dataVersion();
    if (version === seen) continue;
    seen = version;
    cursor = eventsAfter(store, filter, cursor, onPage);
  }
}

/** Resolves a `stopped()` flag that turns true on Ctrl-C or SIGTERM. */
export function untilInterrupted(): () => boolean {
  let stopped = false;
  const stop = () => (stopped = true);
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return () => stopped;
}
