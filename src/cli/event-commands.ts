import { recordEvent } from "../commands/event.ts";
import { eventColumns, eventLine, json, renderList } from "../format/records.ts";
import type { CairnEvent } from "../domain/events.ts";
import { FILTER_FLAGS, LIMIT_FLAG } from "./flags.ts";
import { eventFilter, intFlag, payloadFlag, stringFlag } from "./input.ts";
import type { CommandSpec } from "./types.ts";

// Read-side modules load drizzle (~15 ms): imported inside the handlers that read, so
// `event add` and friends (run by hooks on every tool call) start fast.
const feed = () => import("../store/feed.ts");
const queries = () => import("../store/queries.ts");

const LIST_LIMIT = { min: 1, max: 10_000 };

export const eventCommands: CommandSpec[] = [
  {
    name: "event add",
    args: "<kind>",
    summary: "record a coordination event (task_started, lock_acquired, …)",
    arity: [1, 1],
    flags: {
      source: { type: "string", value: "S", description: "who it comes from (agent name)" },
      target: { type: "string", value: "T", description: "who or what it is about" },
      session: { type: "string", value: "ID", description: "the session it belongs to" },
      project: { type: "string", value: "P", description: "the project it belongs to (default: the session's)" },
      payload: { type: "string", value: "JSON|-", description: "a JSON object (from stdin with -)" },
      id: { type: "string", value: "ID", description: "your own event id: retries with it are no-ops" },
      stream: { type: "string", value: "CAT:ID", description: "stream (default: session, else project, else agent:<source>)" },
      expectVersion: { type: "string", value: "N", description: "fail with a conflict unless the stream is at version N" },
    },
    async run(cli) {
      const { event } = recordEvent(
        { store: cli.store(), actor: cli.actor },
        {
          kind: cli.input[0]!,
          source: stringFlag(cli, "source"),
          target: stringFlag(cli, "target"),
          session: stringFlag(cli, "session"),
          project: stringFlag(cli, "project"),
          payload: await payloadFlag(stringFlag(cli, "payload")),
          id: stringFlag(cli, "id"),
          stream: stringFlag(cli, "stream"),
          expectedVersion: intFlag(cli, "expectVersion"),
        },
      );
      cli.write(cli.format === "table" ? `${event.seq} ${event.id}\n` : JSON.stringify(json.event(event)) + "\n");
    },
  },
  {
    name: "event list",
    args: "",
    summary: "list matching events (the newest N, oldest first; --after SEQ pages forward)",
    arity: [0, 0],
    flags: {
      ...FILTER_FLAGS,
      ...LIMIT_FLAG,
      after: { type: "string", value: "SEQ", description: "only events after this seq (a cursor)" },
      before: { type: "string", value: "SEQ", description: "only events before this seq" },
    },
    async run(cli) {
      const { listEvents } = await queries();
      const filter = { ...eventFilter(cli), after: intFlag(cli, "after"), before: intFlag(cli, "before") };
      const rows = listEvents(cli.store(), filter, intFlag(cli, "limit", LIST_LIMIT) ?? 100);
      cli.write(renderList(cli.format, eventColumns, rows, json.event));
    },
  },
  {
    name: "event tail",
    args: "",
    summary: "print the last N matching events; with --follow, then every new one until Ctrl-C",
    arity: [0, 0],
    flags: {
      ...FILTER_FLAGS,
      limit: { type: "string", value: "N", description: "how many past events to print first (default 10)" },
      follow: { type: "boolean", shortFlag: "f", description: "keep printing new events as they commit" },
      after: { type: "string", value: "SEQ", description: "start after this seq instead of the last N" },
    },
    async run(cli) {
      const { eventsAfter, followEvents, lastEvents, untilInterrupted } = await feed();
      const store = cli.store();
      const filter = eventFilter(cli);
      const after = intFlag(cli, "after");
      const print = (events: CairnEvent[]) => cli.write(events.map((e) => eventLine(cli.format, e)).join("\n") + "\n");
      let cursor: number;
      if (after !== undefined) {
        cursor = eventsAfter(store, filter, after, print);
      } else {
        const last = lastEvents(store, filter, intFlag(cli, "limit", { min: 0, max: 10_000 }) ?? 10);
        if (last.events.length > 0) print(last.events);
        cursor = last.cursor;
      }
      if (cli.flags.follow === true) await followEvents(store, filter, cursor, print, untilInterrupted());
    },
  },
  {
    name: "event counts",
    args: "",
    summary: "count matching events by kind",
    arity: [0, 0],
    flags: { ...FILTER_FLAGS },
    async run(cli) {
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
    },
  },
];
