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
  // The writer delivers at once where the agent has a messaging socket; its hooks deliver otherwise.
  if (cli.flags.deliver === true) await (await import("../../agents/claude/deliver.ts")).deliverOverSocket({ store: cli.store(), actor: cli.actor }, event.target!);
  cli.write(cli.format === "table" ? `${event.seq} ${event.id}\n` : (await import("../../format/records.ts")).eventLine("json", event) + "\n");
}
