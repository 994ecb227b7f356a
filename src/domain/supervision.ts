/**
 * Supervised agents: sessions whose agent cairn started and owns (`cairn run`). What the log
 * says about them: how they were started, which supervisor process works them now, what
 * the person asked of it (interrupt, stop), and the tool permission it waits for.
 */
import { fail } from "./errors.ts";

/** Agents cairn can supervise. */
export const SUPERVISED_AGENTS = ["claude", "codex", "gemini"] as const;
export type SupervisedAgent = (typeof SUPERVISED_AGENTS)[number];

export function supervisedAgent(value: string): SupervisedAgent {
  if (!(SUPERVISED_AGENTS as readonly string[]).includes(value)) fail("usage", `unknown agent ${JSON.stringify(value)} for --agent: use ${SUPERVISED_AGENTS.join(", ")}`);
  return value as SupervisedAgent;
}

/** What the person can ask of a live supervised agent. */
export const CONTROL_ACTIONS = ["interrupt", "stop"] as const;
export type ControlAction = (typeof CONTROL_ACTIONS)[number];

/** A tool permission the agent asks for, as people see it. */
export interface Approval {
  /** The agent's request id: the answer must name it. */
  request: string;
  tool: string;
  /** The tool's target in a few words (a path relative to the agent's directory, a command). */
  summary: string;
}

/** "needs approval: Write src/x.ts", for the sessions pane, the detail and `session show`. */
export const approvalLine = (a: Approval): string => `needs approval: ${a.tool}${a.summary ? ` ${a.summary}` : ""}`;

/** Why a session's supervisor ended, when it ended without being asked to. */
export const SUPERVISOR_GONE = "supervisor gone";

/** The branch a `--worktree` session works on. */
export const worktreeBranch = (session: string): string => `cairn/${session}`;

/**
 * The coordination event in which a supervisor remembers its agent's own id for the
 * conversation (a Codex thread), when the agent chooses it: `session resume` goes on with it,
 * and an import of the agent's logs finds the session by it.
 */
export const AGENT_CONVERSATION_KIND = "agent_conversation";

/** Set in a supervised agent's environment: cairn's hooks leave its recording to the supervisor. */
export const SUPERVISED_ENV = "CAIRN_SUPERVISED";
