import type { CairnEvent } from "../../domain/events.ts";
import { LIMITS } from "../../domain/limits.ts";
import { eventFilter, intFlag, stringFlag } from "../input.ts";
import { stdoutReaderGone } from "../output.ts";
import type { Invocation } from "../types.ts";

// Output formatting and read-side modules (drizzle, ~15 ms) load inside the handlers that
// need them. `event add` is in event-add.ts: the hot entry must not even bundle these.
const records = () => import("../../format/records.ts");
const feed = () => import("../../store/feed.ts");
const queries = () => import("../../store/queries.ts");

const LIST_LIMIT = { min: 1, max: LIMITS.listLimit };

export async function eventList(cli: Invocation) {
  const { eventColumns, json, renderList } = await records();
  const { listEvents } = await queries();
  const filter = { ...eventFilter(cli), after: intFlag(cli, "after"), before: intFlag(cli, "before") };
  const rows = listEvents(cli.store(), filter, intFlag(cli, "limit", LIST_LIMIT) ?? LIMITS.defaultListLimit);
  cli.write(renderList(cli.format, eventColumns, rows, json.event));
}

export async function eventTail(cli: Invocation) {
  const { eventLine } = await records();
  const { eventsAfter, followEvents, lastEvents, untilInterrupted } = await feed();
  const store = cli.store();
  const filter = eventFilter(cli);
  const after = intFlag(cli, "after");
  const print = (events: CairnEvent[]) => cli.write(events.map((e) => eventLine(cli.format, e)).join("\n") + "\n");
  let cursor: number;
  if (after !== undefined) {
    cursor = eventsAfter(store, filter, after, print);
  } else {
    const last = lastEvents(store, filter, intFlag(cli, "limit", { min: 0, max: LIMITS.listLimit }) ?? LIMITS.defaultTailLimit);
    if (last.events.length > 0) print(last.events);
    cursor = last.cursor;
  }
  if (cli.flags.follow === true) {
    const interrupted = untilInterrupted();
    const readerGone = stdoutReaderGone();
    await followEvents(store, filter, cursor, print, () => interrupted() || readerGone());
  }
}

export async function eventCounts(cli: Invocation) {
  const { renderList } = await records();
  const { countEventsByKind } = await queries();
  const rows = countEventsByKind(cli.store(), eventFilter(cli));
  cli.write(
    renderList(
      cli.format,
      [
        { header: "kind", value: (r) => r.kind },
        { header: "count", value: (r) => String(r.count), align: "right" },
      ],
      rows,
      (r) => r,
    ),
  );
}
