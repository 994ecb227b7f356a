import { answerApproval, requestControl } from "../../commands/supervision.ts";
import { fail } from "../../domain/errors.ts";
import { LIMITS } from "../../domain/limits.ts";
import { stringFlag, textArg } from "../input.ts";
import type { Invocation } from "../types.ts";

// Supervised agents: `cairn run`, the detached `cairn supervise`, and the session commands that steer them.
const agents = () => import("../../agents/supervise.ts");
const ctx = (cli: Invocation) => ({ store: cli.store(), actor: cli.actor });

export async function run(cli: Invocation) {
  const task = await textArg("task", cli.input[1]!, LIMITS.messageBytes);
  const { runAgent } = await agents();
  const session = runAgent(ctx(cli), cli.dbPath, {
    project: cli.input[0]!,
    task,
    cwd: stringFlag(cli, "cwd"),
    title: stringFlag(cli, "title"),
    agent: stringFlag(cli, "agent"),
    worktree: cli.flags.worktree === true,
    ask: cli.flags.ask === true,
  });
  cli.write(cli.format === "table" ? `${session.id}\n` : (await import("../../format/records.ts")).renderSession(cli.format, session));
}

/** The detached supervisor process itself (started by `cairn run`; not for people). */
export async function supervise(cli: Invocation) {
  const { supervise: run } = await agents();
  await run(cli.store(), cli.input[0]!);
}

export async function sessionInterrupt(cli: Invocation) {
  const { reapGone } = await agents();
  reapGone(ctx(cli), cli.input[0]!);
  const session = requestControl(ctx(cli), { session: cli.input[0]!, action: "interrupt" });
  cli.write(`${session.id} interrupt sent\n`);
}

export async function sessionStop(cli: Invocation) {
  const { stopAgent } = await agents();
  const session = stopAgent(ctx(cli), cli.input[0]!, { removeWorktree: cli.flags.removeWorktree === true });
  cli.write(`${session.id} ${session.status === "done" ? "done" : "stopping"}\n`);
}

export async function sessionResume(cli: Invocation) {
  const { resumeAgent } = await agents();
  const session = resumeAgent(ctx(cli), cli.dbPath, cli.input[0]!);
  cli.write(`${session.id} resumed\n`);
}

async function answer(cli: Invocation, allow: boolean) {
  const { reapGone } = await agents();
  reapGone(ctx(cli), cli.input[0]!);
  const reason = stringFlag(cli, "reason");
  if (reason !== undefined && reason.trim() === "") fail("usage", "--reason needs some text");
  const approval = answerApproval(ctx(cli), { session: cli.input[0]!, allow, reason });
  cli.write(`${cli.input[0]} ${allow ? "allowed" : "denied"}: ${approval!.tool} ${approval!.summary}\n`);
}

export const sessionApprove = (cli: Invocation) => answer(cli, true);
export const sessionDeny = (cli: Invocation) => answer(cli, false);
