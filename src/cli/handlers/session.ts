import { appendMessage, newSession, setStatus } from "../../commands/session.ts";
import { fail } from "../../domain/errors.ts";
import { LIMITS } from "../../domain/limits.ts";
import { STATUSES, isStatus, type Status } from "../../domain/status.ts";
import { intFlag, listFlag, stringFlag, textArg } from "../input.ts";
import type { Invocation } from "../types.ts";

// Output formatting and read-side modules (drizzle, ~15 ms) load inside the handlers that
// need them, so writes run by hooks on every tool call start fast.
const records = () => import("../../format/records.ts");
const queries = () => import("../../store/queries.ts");

export async function sessionNew(cli: Invocation) {
  const message = cli.input[1] === undefined ? undefined : await textArg("message", cli.input[1]);
  const session = newSession(
    { store: cli.store(), actor: cli.actor },
    { project: cli.input[0]!, message, title: stringFlag(cli, "title"), role: stringFlag(cli, "role") },
  );
  cli.write(cli.format === "table" ? `${session.id}\n` : (await records()).renderSession(cli.format, session));
}

export async function sessionList(cli: Invocation) {
  const { json, renderList, sessionColumns } = await records();
  const { listSessions } = await queries();
  const store = cli.store();
  if (store.statements.liveSupervisions.get() !== null) (await import("../../agents/supervise.ts")).reapGone({ store, actor: cli.actor });
  const statuses = listFlag(cli, "status");
  for (const s of statuses ?? []) if (!isStatus(s)) fail("usage", `unknown status ${JSON.stringify(s)}: use ${STATUSES.join(", ")}`);
  const rows = listSessions(cli.store(), {
    project: stringFlag(cli, "project"),
    statuses: statuses as Status[] | undefined,
    limit: intFlag(cli, "limit", { min: 1 }) ?? LIMITS.defaultListLimit,
  });
  cli.write(renderList(cli.format, sessionColumns, rows, json.session));
}

/** Messages read per query by `session show`: memory stays flat however long the session. */
const MESSAGE_PAGE = 500;

export async function sessionShow(cli: Invocation) {
  const { writeSession } = await records();
  const { getSession, sessionMessages, supervisionOf } = await queries();
  const id = cli.input[0]!;
  const store = cli.store();
  const supervision = supervisionOf(store, id);
  if (supervision?.pid != null) (await import("../../agents/supervise.ts")).reapGone({ store, actor: cli.actor }, id);
  const session = getSession(store, id) ?? fail("not_found", `no session ${id}`);
  const first = intFlag(cli, "after") ?? 0;
  const limit = intFlag(cli, "limit", { min: 1 }) ?? Infinity;
  function* pages() {
    let offset = first;
    for (let left = limit; left > 0; ) {
      const page = sessionMessages(store, id, { offset, limit: Math.min(MESSAGE_PAGE, left) });
      yield page;
      if (page.length < Math.min(MESSAGE_PAGE, left)) return;
      left -= page.length;
      offset += page.length;
    }
  }
  // Messages are numbered in the order said (1, 2, …), as the UI shows them: --after N continues after message N.
  writeSession(cli.format, session, pages(), first, cli.write, supervisionOf(store, id));
}

export async function sessionAppend(cli: Invocation) {
  const text = await textArg("message", cli.input[1]!);
  const { session, messageId } = appendMessage(
    { store: cli.store(), actor: cli.actor },
    { session: cli.input[0]!, message: text, role: stringFlag(cli, "role") },
  );
  // The writer delivers at once where the agent has a messaging socket; its hooks deliver otherwise.
  if (session.agent !== null) await (await import("../../agents/claude/deliver.ts")).deliverOverSocket({ store: cli.store(), actor: cli.actor }, session.id);
  cli.write(cli.format === "table" ? `${session.id} #${session.messageCount}\n` : JSON.stringify({ session: session.id, message: messageId, position: session.messageCount }) + "\n");
}

export async function sessionStatus(cli: Invocation) {
  const session = setStatus({ store: cli.store(), actor: cli.actor }, { session: cli.input[0]!, status: cli.input[1]! });
  cli.write(cli.format === "table" ? `${session.id} ${session.status}\n` : (await records()).renderSession(cli.format, session));
}
