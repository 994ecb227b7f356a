import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { fail } from "../domain/errors.ts";
import { STATUSES, isStatus, type Status } from "../domain/status.ts";
import { json, renderList, renderSession, sessionColumns } from "../format/records.ts";
import { intFlag, listFlag, stringFlag, textArg } from "./input.ts";
import { LIMIT_FLAG } from "./flags.ts";
import type { CommandSpec } from "./types.ts";

// Read-side modules load drizzle (~15 ms): imported inside the handlers that read, so
// `event add` and friends (run by hooks on every tool call) start fast.
const queries = () => import("../store/queries.ts");

export const sessionCommands: CommandSpec[] = [
  {
    name: "session new",
    args: "<project> [message|-]",
    summary: "start a session, optionally with a first message; prints the new session id",
    arity: [1, 2],
    flags: {
      title: { type: "string", value: "T", description: "title (default: the message's first line)" },
      role: { type: "string", value: "R", description: "role of the first message (default user)" },
    },
    async run(cli) {
      const message = cli.input[1] === undefined ? undefined : await textArg("message", cli.input[1]);
      const session = newSession(
        { store: cli.store(), actor: cli.actor },
        { project: cli.input[0]!, message, title: stringFlag(cli, "title"), role: stringFlag(cli, "role") },
      );
      cli.write(cli.format === "table" ? `${session.id}\n` : renderSession(cli.format, session));
    },
  },
  {
    name: "session list",
    args: "",
    summary: "list sessions, most recently active first",
    arity: [0, 0],
    flags: {
      project: { type: "string", value: "P", description: "only this project's sessions" },
      status: { type: "string", value: "S,S", description: `only these statuses (${STATUSES.join(", ")})` },
      ...LIMIT_FLAG,
    },
    async run(cli) {
      const { listSessions } = await queries();
      const statuses = listFlag(cli, "status");
      for (const s of statuses ?? []) if (!isStatus(s)) fail("usage", `unknown status ${JSON.stringify(s)}: use ${STATUSES.join(", ")}`);
      const rows = listSessions(cli.store(), {
        project: stringFlag(cli, "project"),
        statuses: statuses as Status[] | undefined,
        limit: intFlag(cli, "limit", { min: 1 }) ?? 100,
      });
      cli.write(renderList(cli.format, sessionColumns, rows, json.session));
    },
  },
  {
    name: "session show",
    args: "<id>",
    summary: "show a session and its messages in order",
    arity: [1, 1],
    flags: {},
    async run(cli) {
      const { getSession, sessionMessages } = await queries();
      const id = cli.input[0]!;
      const store = cli.store();
      const session = getSession(store, id) ?? fail("not_found", `no session ${id}`);
      cli.write(renderSession(cli.format, session, sessionMessages(store, id)));
    },
  },
  {
    name: "session append",
    args: "<id> <text|->",
    summary: "append a message to a session (text from stdin with -)",
    arity: [2, 2],
    flags: { role: { type: "string", value: "R", description: "user, assistant, system or tool (default user)" } },
    async run(cli) {
      const text = await textArg("message", cli.input[1]!);
      const { session, messageId } = appendMessage(
        { store: cli.store(), actor: cli.actor },
        { session: cli.input[0]!, message: text, role: stringFlag(cli, "role") },
      );
      cli.write(cli.format === "table" ? `${session.id} #${session.messageCount}\n` : JSON.stringify({ session: session.id, message: messageId, position: session.messageCount }) + "\n");
    },
  },
  {
    name: "session status",
    args: "<id> <status>",
    summary: `set a session's status (${STATUSES.join(", ")}); invalid transitions are refused`,
    arity: [2, 2],
    flags: {},
    run(cli) {
      const session = setStatus({ store: cli.store(), actor: cli.actor }, { session: cli.input[0]!, status: cli.input[1]! });
      cli.write(cli.format === "table" ? `${session.id} ${session.status}\n` : renderSession(cli.format, session));
    },
  },
];
