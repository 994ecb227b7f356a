/**
 * Starting, resuming and stopping supervised agents (`cairn run`, `session resume|stop`, the
 * UI's `n` and `r`): the session and how its agent runs go into the log, then a detached
 * supervisor process takes over (agents/claude/supervisor.ts).
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { CommandContext } from "../commands/context.ts";
import { appendMessage, moveStatus, newSession, requireSession } from "../commands/session.ts";
import { answerApproval, reapSupervisors, requestControl, superviseSession, supervisorStarted } from "../commands/supervision.ts";
import { attachAgent } from "../commands/delivery.ts";
import { fail } from "../domain/errors.ts";
import { isFinished } from "../domain/status.ts";
import { titleFromText } from "../domain/message.ts";
import { externalIdFor } from "../domain/harness.ts";
import { supervisedAgent, type SupervisedAgent } from "../domain/supervision.ts";
import type { Session, Supervision } from "../store/rows.ts";
import type { Store } from "../store/store.ts";
import { directoryOf } from "../store/location.ts";
import { claudeBinary } from "./claude/binary.ts";
import { codexBinary } from "./codex/binary.ts";
import { geminiBinary } from "./gemini/binary.ts";
import type { SupervisedHarness } from "./core/supervisor.ts";
import { spawnSupervisor } from "./core/launch.ts";
import { processAlive, processNaming } from "../store/process.ts";
import { addWorktree, checkRemovable, removeWorktree } from "./core/worktree.ts";

export interface RunInput {
  project: string;
  task: string;
  cwd?: string;
  title?: string;
  agent?: string;
  worktree?: boolean;
  ask?: boolean;
}

/** The agents `cairn run` can start: the program (checked before anything is written) and the harness that supervises it. */
const AGENTS: Record<SupervisedAgent, { binary(): string; harness(): Promise<SupervisedHarness> }> = {
  claude: { binary: () => claudeBinary(), harness: async () => (await import("./claude/supervisor.ts")).claudeHarness },
  codex: { binary: () => codexBinary(), harness: async () => (await import("./codex/app-server.ts")).codexHarness },
  gemini: { binary: () => geminiBinary(), harness: async () => (await import("./gemini/acp.ts")).geminiHarness },
};

/** The detached supervisor process (`cairn supervise <session>`): runs the session's agent until it ends. */
export async function supervise(store: Store, session: string): Promise<void> {
  const agent = store.write((w) => w.supervision(session))?.agent ?? "claude";
  const { superviseAgent } = await import("./core/supervisor.ts");
  await superviseAgent(store, session, await AGENTS[supervisedAgent(agent)].harness());
}

/** Where `--worktree` sessions get their directory: beside the database, out of the repository's way. */
const worktreeDir = (dbPath: string, session: string) => `${directoryOf(resolve(dbPath))}/worktrees/${session}`;

function workingDirectory(cwd: string | undefined): string {
  const dir = resolve(cwd ?? process.cwd());
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) fail("invalid", `--cwd ${dir} is not a directory`);
  return dir;
}

/** Whether the supervisor the log names is still running (and is that supervisor). */
export const supervisorAlive = (pid: number, session: string): boolean => processAlive(pid, { marker: session });

/** Marks sessions whose supervisor vanished as failed ("supervisor gone"); any reader may call it. */
export const reapGone = (ctx: CommandContext, only?: string): string[] => reapSupervisors(ctx, supervisorAlive, only);

/** `cairn run`: a new session with the task as its first message, and a supervised agent working it. */
export function runAgent(ctx: CommandContext, dbPath: string, input: RunInput): Session {
  const agent = supervisedAgent(input.agent ?? "claude");
  AGENTS[agent].binary(); // missing: one clear line before anything is written
  const cwd = workingDirectory(input.cwd);
  let made: { worktree: string; branch: string } | undefined;
  let session: Session;
  try {
    session = ctx.store.write((w) => {
      const conversation = crypto.randomUUID();
      const created = newSession(ctx, { project: input.project, title: input.title ?? titleFromText(input.task), externalId: externalIdFor(agent, conversation) });
      // Git runs inside the write: the branch is named for the session id this write hands out.
      made = input.worktree ? addWorktree(cwd, created.id, worktreeDir(dbPath, created.id)) : undefined;
      superviseSession(ctx, { session: created.id, agent, agentSession: conversation, cwd: made?.worktree ?? cwd, worktree: made?.worktree ?? null, branch: made?.branch ?? null, ask: input.ask ?? false });
      // Attached first, so the task is the agent's first delivery, like every message after it.
      attachAgent(ctx, { session: created.id, agent });
      appendMessage(ctx, { session: created.id, message: input.task });
      return w.session(created.id)!;
    });
  } catch (error) {
    if (made) Bun.spawnSync(["git", "-C", cwd, "worktree", "remove", "--force", made.worktree]), Bun.spawnSync(["git", "-C", cwd, "branch", "-D", made.branch]);
    throw error;
  }
  launch(ctx, dbPath, session.id);
  return session;
}

/** Starts a supervisor for the session and records it (the supervisor records itself too; once counts). */
function launch(ctx: CommandContext, dbPath: string, session: string): void {
  const pid = spawnSupervisor(dbPath, session);
  supervisorStarted({ ...ctx, actor: "cairn" }, { session, pid });
}

/** Refuses while a process has the session's agent live: its supervisor, or any process running its conversation. */
function checkNotLive(ctx: CommandContext, session: string, supervision: Supervision): void {
  reapGone(ctx, session);
  const now = ctx.store.write((w) => w.supervision(session))!;
  if (now.pid !== null) fail("invalid", `session ${session} is live: its supervisor (pid ${now.pid}) is running it`);
  const other = processNaming(supervision.agentSession);
  if (other !== undefined) fail("invalid", `session ${session} is live: process ${other} is running its Claude Code conversation ${supervision.agentSession}`);
}

/**
 * `cairn session resume` (and the UI's `r`): starts the agent of a stopped supervised session on
 * its own conversation, or the first agent of a queued session that has none yet.
 */
export function resumeAgent(ctx: CommandContext, dbPath: string, session: string, options: { cwd?: string } = {}): Session {
  const found = ctx.store.write((w) => ({ session: requireSession(w, session), supervision: w.supervision(session) }));
  if (found.supervision) checkNotLive(ctx, session, found.supervision);
  else if (found.session.status !== "queued") fail("invalid", `session ${session} was not started by cairn run, so cairn has no agent to resume for it`);
  AGENTS[supervisedAgent(found.supervision?.agent ?? "claude")].binary();
  if (!found.supervision) {
    superviseSession(ctx, { session, agent: "claude", agentSession: crypto.randomUUID(), cwd: workingDirectory(options.cwd), worktree: null, branch: null, ask: false });
  } else if (found.supervision.worktree && !existsSync(found.supervision.worktree)) {
    fail("invalid", `session ${session}'s worktree ${found.supervision.worktree} was removed, so its agent cannot work there`);
  }
  if (isFinished(found.session.status)) moveStatus(ctx, { session, to: "queued" });
  launch(ctx, dbPath, session);
  return ctx.store.write((w) => w.session(session)!);
}

/**
 * `cairn session stop`: the agent ends and the session is done. With `removeWorktree`, its
 * worktree goes too, refused while it has uncommitted changes (then nothing is stopped).
 */
export function stopAgent(ctx: CommandContext, session: string, options: { removeWorktree?: boolean } = {}): Session {
  reapGone(ctx, session);
  const supervision = ctx.store.write((w) => (requireSession(w, session), w.supervision(session))) ?? fail("invalid", `session ${session} is not supervised by cairn (start it with cairn run)`);
  const worktree = options.removeWorktree ? (supervision.worktree ?? fail("invalid", `session ${session} has no worktree`)) : null;
  if (worktree) checkRemovable(worktree, supervision.branch);
  if (supervision.pid === null) {
    // Nothing runs: only the worktree is left to remove.
    if (!worktree) fail("invalid", `session ${session} has no live agent`);
    removeWorktree(worktree!, supervision.branch);
    return ctx.store.write((w) => w.session(session)!);
  }
  return requestControl(ctx, { session, action: "stop", removeWorktree: options.removeWorktree });
}

/** The UI's supervised-agent keys, each the same command as its CLI counterpart. */
export type SteerCommand = "session.run" | "session.interrupt" | "session.stop" | "session.approve" | "session.deny";

export function steerAgent(ctx: CommandContext, dbPath: string, command: SteerCommand, session: string): void {
  reapGone(ctx, session);
  switch (command) {
    case "session.run":
      resumeAgent(ctx, dbPath, session);
      return;
    case "session.interrupt":
      requestControl(ctx, { session, action: "interrupt" });
      return;
    case "session.stop":
      stopAgent(ctx, session);
      return;
    case "session.approve":
    case "session.deny":
      answerApproval(ctx, { session, allow: command === "session.approve" });
      return;
  }
}
