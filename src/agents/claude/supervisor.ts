/**
 * The supervisor of one headless Claude Code agent (`cairn supervise <session>`, started
 * detached by `cairn run`): runs `claude -p` with stream-json both ways, records what the agent
 * does as it happens, makes the session's status follow the agent, and carries the person's
 * messages, interrupts, stops and approvals from the log to the agent's stdin.
 */
import { relative } from "node:path";
import type { CommandContext } from "../../commands/context.ts";
import { recordEvent } from "../../commands/event.ts";
import { appendMessage, updatePart } from "../../commands/session.ts";
import { claimDeliveries, confirmDeliveries, type Claim } from "../../commands/delivery.ts";
import { attachSupervisedAgent, followAgent, requestApproval, supervisorEnded, supervisorStarted, answerApproval } from "../../commands/supervision.ts";
import { CairnError, fail } from "../../domain/errors.ts";
import { CLAIM_LEASE_MS } from "../../domain/delivery.ts";
import { DOMAIN_KINDS, type CairnEvent } from "../../domain/events.ts";
import type { Json } from "../../domain/json.ts";
import { toolSummary, type ToolPart } from "../../domain/message.ts";
import { isFinished } from "../../domain/status.ts";
import { SUPERVISED_ENV } from "../../domain/supervision.ts";
import type { DomainPayloads } from "../../domain/event-rules.ts";
import { rowToEvent, type Supervision } from "../../store/rows.ts";
import type { Store } from "../../store/store.ts";
import { clip } from "../core/clip.ts";
import { processAlive } from "../core/process.ts";
import { removeWorktree } from "../core/worktree.ts";
import { claudeBinary, hasConversation } from "./binary.ts";
import { agentArgs, agentInput, readAgentLine, type AgentLine } from "./stream-json.ts";

/** How often the supervisor looks for what the person wrote (a `PRAGMA data_version` read: microseconds). */
const INBOX_POLL_MS = 20;
/** After stdin closes, how long the agent gets to finish before it is made to. */
const STOP_GRACE_MS = 5_000;


/** Why the agent is ending, once something has decided it should. */
type Ending = { kind: "stop"; removeWorktree: boolean } | { kind: "finished" } | { kind: "failed"; error: string } | { kind: "signal"; signal: string } | { kind: "replaced" };

/** A database write that waits out another writer's lock instead of losing what it records. */
function patiently<T>(write: () => T): T {
  for (;;) {
    try {
      return write();
    } catch (error) {
      if (!(error instanceof CairnError) || error.code !== "busy") throw error;
    }
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The uuid of the stdin line carrying a delivery: the message's own id (a UUID), or for an item
 * with another kind of id (a client's event id) a UUID made from it, the same every time, so
 * Claude Code recognises a re-sent item and ignores it.
 */
export function lineUuid(id: string): string {
  if (UUID.test(id)) return id.toLowerCase();
  const hex = new Bun.CryptoHasher("sha1").update(`cairn:${id}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function superviseClaude(store: Store, session: string): Promise<void> {
  const ctx: CommandContext = { store, actor: "claude" };
  const cairn: CommandContext = { store, actor: "cairn" };
  const supervision: Supervision = patiently(() => store.write((w) => w.supervision(session))) ?? fail("invalid", `session ${session} is not supervised by cairn (start it with cairn run)`);
  if (supervision.pid !== null && supervision.pid !== process.pid && processAlive(supervision.pid, session)) {
    fail("invalid", `session ${session} is already supervised by process ${supervision.pid}`);
  }
  patiently(() => supervisorStarted(cairn, { session, pid: process.pid }));
  // What people write to the session is now delivered to this agent, also what they wrote while none ran.
  patiently(() => attachSupervisedAgent(cairn, session));

  let cursor = 0;
  const readLog = (): CairnEvent[] => {
    const out: CairnEvent[] = [];
    for (;;) {
      const page = store.statements.sessionEventsAfter.all(session, cursor).map(rowToEvent);
      out.push(...page);
      if (page.length > 0) cursor = page.at(-1)!.seq;
      if (page.length < 500) return out;
    }
  };
  readLog(); // only what happens from now on steers the agent; deliveries are claimed below

  const end = (reason: string, status: "done" | "failed", error?: string) =>
    patiently(() => supervisorEnded(cairn, { session, pid: process.pid, reason, status, error }));

  let agent: Bun.Subprocess<"pipe", "pipe", "pipe">;
  try {
    agent = Bun.spawn([claudeBinary(), ...agentArgs({ agentSession: supervision.agentSession, resume: hasConversation(supervision.cwd, supervision.agentSession), ask: supervision.ask })], {
      cwd: supervision.cwd,
      env: { ...process.env, CLAUDE_CODE_EMIT_SESSION_STATE_EVENTS: "1", [SUPERVISED_ENV]: session },
      stdin: "pipe",
      stdout: "pipe",
      stderr: "pipe",
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    end("agent could not start", "failed", `cannot start Claude Code: ${message}`);
    return;
  }

  let ending: Ending | undefined;
  const write = (line: string) => {
    if (ending) return;
    try {
      agent.stdin.write(line);
      agent.stdin.flush();
    } catch {
      // The agent has exited (its stdin is closed): its exit is handled below.
    }
  };
  const finish = (why: Ending) => {
    if (ending) return;
    ending = why;
    try {
      agent.stdin.end();
    } catch {}
    setTimeout(() => agent.kill("SIGTERM"), STOP_GRACE_MS).unref();
    setTimeout(() => agent.kill("SIGKILL"), 2 * STOP_GRACE_MS).unref();
  };

  // Deliveries on their way to the agent, by line uuid: the agent's echo confirms each once.
  const inFlight = new Map<string, Claim>();
  const sendPending = (now?: number) => {
    if (ending) return;
    for (const claim of patiently(() => claimDeliveries(cairn, { session, via: "stdin", now }))) {
      const uuid = lineUuid(claim.id);
      inFlight.set(uuid, claim);
      write(agentInput.user(uuid, claim.text));
    }
  };

  // Tool permissions the agent waits for: one at a time in the log, the rest queued here.
  const permissions = new Map<string, { tool: string; input: Record<string, unknown>; summary: string }>();
  let asked: string | undefined;
  const askNext = () => {
    if (asked !== undefined || ending) return;
    const next = permissions.entries().next();
    if (next.done) return;
    const [request, p] = next.value;
    asked = request;
    patiently(() => requestApproval(ctx, { session, request, tool: p.tool, summary: p.summary, input: clip(p.input, 8_000) ?? {} }));
  };

  const onLog = (e: CairnEvent) => {
    switch (e.kind) {
      case DOMAIN_KINDS.controlRequested: {
        const p = e.payload as unknown as DomainPayloads["session.control_requested"];
        if (p.action === "interrupt") {
          interrupted = true;
          write(agentInput.interrupt(`cairn-${e.seq}`));
        } else finish({ kind: "stop", removeWorktree: p.removeWorktree });
        break;
      }
      case DOMAIN_KINDS.approvalAnswered: {
        const p = e.payload as unknown as DomainPayloads["session.approval_answered"];
        const permission = permissions.get(p.request);
        if (!permission) break;
        permissions.delete(p.request);
        if (asked === p.request) asked = undefined;
        write(p.allow ? agentInput.allow(p.request, permission.input) : agentInput.deny(p.request, p.reason ?? "The person denied this in cairn."));
        askNext();
        break;
      }
      case DOMAIN_KINDS.sessionStatusChanged:
        if (isFinished((e.payload as { to: string }).to)) finish({ kind: "finished" });
        break;
      case DOMAIN_KINDS.supervisorStarted:
        if (e.payload.pid !== process.pid) finish({ kind: "replaced" });
        break;
    }
  };

  // Tool calls in flight, by the agent's call id: their results complete them in place.
  const calls = new Map<string, { messageId: string; position: number; part: ToolPart }>();
  let interrupted = false;

  const onAgent = (line: AgentLine) => {
    switch (line.type) {
      case "state":
        patiently(() => followAgent(ctx, { session, to: line.state === "running" ? "running" : "waiting" }));
        break;
      case "echo": {
        const claim = inFlight.get(line.uuid);
        if (!claim) break;
        inFlight.delete(line.uuid);
        patiently(() => confirmDeliveries(cairn, { session, claims: [claim] }));
        break;
      }
      case "parts": {
        const { messageId } = patiently(() => appendMessage(ctx, { session, role: "assistant", message: line.parts }));
        line.parts.forEach((part, i) => {
          if (part.type === "tool" && typeof part.callId === "string") calls.set(part.callId, { messageId, position: i + 1, part: part as ToolPart });
        });
        break;
      }
      case "tool_results":
        for (const r of line.results) {
          const call = calls.get(r.callId) ?? findCall(r.callId);
          if (!call) continue;
          calls.delete(r.callId);
          const part: ToolPart = { ...call.part, state: r.isError ? "error" : "completed", output: r.output };
          patiently(() => updatePart(ctx, { session, messageId: call.messageId, position: call.position, part }));
        }
        break;
      case "result":
        if (line.isError && !interrupted) finish({ kind: "failed", error: `Claude Code failed: ${line.error}` });
        interrupted = false;
        break;
      case "permission": {
        const path = typeof line.input.file_path === "string" ? relative(supervision.cwd, line.input.file_path) : undefined;
        permissions.set(line.request, { tool: line.tool, input: line.input, summary: path ?? toolSummary(line.input) });
        askNext();
        break;
      }
      case "permission_cancelled":
        if (asked === line.request) patiently(() => answerApproval(ctx, { session, allow: false, reason: "withdrawn by the agent" }));
        permissions.delete(line.request);
        if (asked === line.request) asked = undefined;
        askNext();
        break;
      case "garbage":
        patiently(() => recordEvent(cairn, { kind: "agent_output", source: "claude", session, payload: { line: clip(line.line, 2_000) as Json } }));
        break;
    }
  };

  const findCall = (callId: string) =>
    store.write((w) => {
      const found = w.toolParts(session).find(({ part }) => (part as ToolPart).callId === callId);
      return found && { messageId: found.messageId, position: found.position, part: found.part as ToolPart };
    });

  process.on("SIGHUP", () => {}); // the terminal that started cairn run may close
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => finish({ kind: "signal", signal }));

  // The person's side: poll for commits by other processes, then read the session's new events.
  let seen = store.dataVersion();
  const poll = setInterval(() => {
    if (ending) return;
    const now = store.dataVersion();
    if (now === seen) return;
    seen = now;
    for (const e of readLog()) onLog(e);
    sendPending();
  }, INBOX_POLL_MS);
  // A supervisor that died may have left claims unconfirmed: take them over at once (a re-sent
  // uuid the agent already has is ignored by it), instead of waiting for their lease to run out.
  sendPending(Date.now() + CLAIM_LEASE_MS);

  const stderr = new Response(agent.stderr).text();
  try {
    await readLines(agent.stdout, (text) => onAgent(readAgentLine(text)));
  } finally {
    clearInterval(poll);
  }
  const code = await agent.exited;
  const how = ending ?? { kind: "died" as const };

  switch (how.kind) {
    case "stop":
      end("stopped", "done");
      if (how.removeWorktree && supervision.worktree) {
        try {
          removeWorktree(supervision.worktree, supervision.branch);
        } catch (error) {
          patiently(() => recordEvent(cairn, { kind: "worktree_kept", source: "cairn", session, payload: { worktree: supervision.worktree, reason: (error as Error).message } }));
        }
      }
      break;
    case "finished":
      end("session finished", "done");
      break;
    case "failed":
      end("agent failed", "failed", how.error);
      break;
    case "signal":
      end(`supervisor stopped by ${how.signal}`, "failed", `the supervisor was stopped by ${how.signal}; cairn session resume ${session} starts the agent again`);
      break;
    case "replaced":
      break;
    case "died": {
      const said = (await stderr).trim().split("\n").slice(-3).join(" ").slice(0, 1_000);
      end("agent died", "failed", `Claude Code exited unexpectedly (${agent.signalCode ? `signal ${agent.signalCode}` : `code ${code}`})${said ? `: ${said}` : ""}`);
      break;
    }
  }
}

/** Calls `onLine` with each non-empty line of a stream, as it arrives. */
async function readLines(stream: ReadableStream<Uint8Array>, onLine: (line: string) => void): Promise<void> {
  let rest = "";
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    rest += decoder.decode(chunk, { stream: true });
    let newline: number;
    while ((newline = rest.indexOf("\n")) >= 0) {
      const text = rest.slice(0, newline).trim();
      rest = rest.slice(newline + 1);
      if (text) onLine(text);
    }
  }
  if (rest.trim()) onLine(rest.trim());
}
