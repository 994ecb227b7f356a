import { recordEvent } from "../../commands/event.ts";
import { intFlag, payloadFlag, stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

/** `cairn event add`: on the hot path (see ../hot.ts), so JSON output formatting loads only when asked for. */
export async function eventAdd(cli: Invocation) {
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
      deliver: cli.flags.deliver === true,
    },
  );
  cli.write(cli.format === "table" ? `${event.seq} ${event.id}\n` : (await import("../../format/records.ts")).eventLine("json", event) + "\n");
}
