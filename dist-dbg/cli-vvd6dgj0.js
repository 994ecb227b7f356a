// @bun
import {
  listEvents2,
  lastSeq2
} from "./cli-r7hp6pw6.js";

// src/store/feed.ts
var PAGE = 500;
function eventsAfter2(store, filter, cursor, onPage) {
  for (;; ) {
    const head = lastSeq2(store);
    const page = listEvents2(store, { ...filter, after: cursor }, PAGE);
    if (page.length > 0)
      onPage(page);
    if (page.length < PAGE)
      return Math.max(head, page.at(-1)?.seq ?? cursor);
    cursor = page.at(-1).seq;
  }
}
function lastEvents2(store, filter, limit) {
  const head = lastSeq2(store);
  const events = listEvents2(store, filter, limit);
  return { events, cursor: Math.max(head, events.at(-1)?.seq ?? 0) };
}
var POLL_MS2 = 50;
async function followEvents2(store, filter, cursor, onPage, stopped) {
  let seen = store.dataVersion();
  while (!stopped()) {
    await Bun.sleep(POLL_MS2);
    const version = store.dataVersion();
    if (version === seen)
      continue;
    seen = version;
    cursor = eventsAfter2(store, filter, cursor, onPage);
  }
}
function untilInterrupted2() {
  let stopped = false;
  const stop = () => stopped = true;
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return () => stopped;
}

export { eventsAfter2, lastEvents2, POLL_MS2, followEvents2, untilInterrupted2 };
