/**
 * The supervisor of one headless agent (`cairn supervise <session>`, started detached by
 * `cairn run`), whatever the harness: it starts the agent, records what it does as it happens,
 * makes the session's status follow it, and carries the person's messages, interrupts, stops
 * and approvals from the log to it. Only the wire differs between harnesses: each one's
 * `AgentWire` (claude/stream-json.ts, codex/app-server.ts) turns the agent's stdout lines into
 * `AgentEvent`s and cairn's requests into lines for its stdin.
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
import { toolSummary, type Part, type ToolPart } from "../../domain/message.ts";
import { isFinished } from "../../domain/status.ts";
import { AGENT_CONVERSATION_KIND, SUPERVISED_ENV } from "../../domain/supervision.ts";
import type { DomainPayloads } from "../../domain/event-rules.ts";
import { rowToEvent, type Supervision } from "../../store/rows.ts";
import type { Store } from "../../store/store.ts";
import { clip } from "./clip.ts";
import { processAlive } from "../../store/process.ts";
import { removeWorktree } from "./worktree.ts";

/** What an agent did or said, as its wire reports it to the supervisor. */
export type AgentEvent =
  /** The agent works, or waits for the person. */
  | { type: "state"; state: "running" | "waiting" }
  /** An item the supervisor sent (by its delivery id) reached the agent's conversation. */
  | { type: "delivered"; id: string }
  | { type: "parts"; parts: Part[] }
  | { type: "tool_results"; results: Array<{ callId: string; output: Json | undefined; isError: boolean }> }
  /** A turn ended; with `error` when it failed (not when the person interrupted it): the agent is failed. */
  | { type: "turn_end"; error?: string }
  | { type: "permission"; request: string; tool: string; input: Record<string, unknown> }
  | { type: "permission_cancelled"; request: string }
  /** Words the wire gave the agent on the person's behalf (a denial's reason): recorded as theirs. */
  | { type: "told"; text: string }
  /** The agent's own id for the conversation, once it names it: remembered for `session resume`. */
  | { type: "conversation"; id: string }
  /** Output that is not the protocol at all: kept, never acted on. */
  | { type: "garbage"; line: string };

/** How a wire reaches the supervisor: lines for the agent's stdin (JSON.stringify output only), and events it learns outside a line. */
export interface AgentIO {
  write(line: string): void;
  emit(event: AgentEvent): void;
}

/** One harness's side of a supervised agent. */
export interface AgentWire {
  /** The events one stdout line means. */
  read(line: string): AgentEvent[];
  /** Sends claimed items (each reported `delivered` once the agent has it). */
  deliver(claims: readonly Claim[]): void;
  interrupt(): void;
  answer(request: string, allow: boolean, input: Record<string, unknown>, reason: string): void;
}

/** A harness cairn can supervise: how to start its agent, and its wire. */
export interface SupervisedHarness {
  /** Its name in messages ("Claude Code"), and the source and actor of what it records. */
  name: string;
  source: string;
  /** The command line; `conversation` is the agent's id for it the log remembers, if any. */
  command(supervision: Supervision, conversation: string | undefined): string[];
  env?: Record<string, string>;
  wire(io: AgentIO, supervision: Supervision, conversation: string | undefined): AgentWire;
}

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

export async function superviseAgent(store: Store, session: string, harness: SupervisedHarness): Promise<void> {
  const ctx: CommandContext = { store, actor: harness.source };
  const cairn: CommandContext = { store, actor: "cairn" };
  const supervision: Supervision = patiently(() => store.write((w) => w.supervision(session))) ?? fail("invalid", `session ${session} is not supervised by cairn (start it with cairn run)`);
  if (supervision.pid !== null && supervision.pid !== process.pid && processAlive(supervision.pid, { marker: session })) {
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
  // Only what happens from now on steers the agent (deliveries are claimed below); the past only
  // says which conversation to go on with.
  const conversation = readLog().findLast((e) => e.kind === AGENT_CONVERSATION_KIND && e.source === harness.source)?.payload.id as string | undefined;

  const end = (reason: string, status: "done" | "failed", error?: string) =>
    patiently(() => supervisorEnded(cairn, { session, pid: process.pid, reason, status, error }));

  let agent: Bun.Subprocess<"pipe", "pipe", "pipe">;
  try {
    agent = Bun.spawn(harness.command(supervision, conversation), {
      cwd: supervision.cwd,
      env: { ...process.env, ...harness.env, [SUPERVISED_ENV]: session },
      stdin: "pipe",
      stdout: "pipe",
      stderr: "pipe",
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    end("agent could not start", "failed", `cannot start ${harness.name}: ${message}`);
    return;
  }

  let ending: Ending | undefined;
  const wire = harness.wire(
    {
      write(line) {
        if (ending) return;
        try {
          agent.stdin.write(line);
          agent.stdin.flush();
        } catch {
          // The agent has exited (its stdin is closed): its exit is handled below.
        }
      },
      emit: (event) => onAgent(event),
    },
    supervision,
    conversation,
  );
  const finish = (why: Ending) => {
    if (ending) return;
    ending = why;
    try {
      agent.stdin.end();
    } catch {}
    setTimeout(() => agent.kill("SIGTERM"), STOP_GRACE_MS).unref();
    setTimeout(() => agent.kill("SIGKILL"), 2 * STOP_GRACE_MS).unref();
  };

  // Items on their way to the agent, by delivery id, with the latest claim on each: the agent's
  // word that it has one confirms it. An item is sent once per supervisor; a claim that outlived
  // its lease meanwhile is renewed, never sent again (an agent may not recognise a repeat).
  const inFlight = new Map<string, Claim>();
  const sendPending = (now?: number) => {
    if (ending) return;
    const fresh: Claim[] = [];
    for (const claim of patiently(() => claimDeliveries(cairn, { session, via: "stdin", now }))) {
      if (!inFlight.has(claim.id)) fresh.push(claim);
      inFlight.set(claim.id, claim);
    }
    if (fresh.length > 0) wire.deliver(fresh);
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

  let interrupted = false;
  const onLog = (e: CairnEvent) => {
    switch (e.kind) {
      case DOMAIN_KINDS.controlRequested: {
        const p = e.payload as unknown as DomainPayloads["session.control_requested"];
        if (p.action === "interrupt") {
          interrupted = true;
          wire.interrupt();
        } else finish({ kind: "stop", removeWorktree: p.removeWorktree });
        break;
      }
      case DOMAIN_KINDS.approvalAnswered: {
        const p = e.payload as unknown as DomainPayloads["session.approval_answered"];
        const permission = permissions.get(p.request);
        if (!permission) break;
        permissions.delete(p.request);
        if (asked === p.request) asked = undefined;
        wire.answer(p.request, p.allow, permission.input, p.reason ?? "The person denied this in cairn.");
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
  const findCall = (callId: string) =>
    store.write((w) => {
      const found = w.toolParts(session).find(({ part }) => (part as ToolPart).callId === callId);
      return found && { messageId: found.messageId, position: found.position, part: found.part as ToolPart };
    });

  const onAgent = (event: AgentEvent) => {
    switch (event.type) {
      case "state":
        patiently(() => followAgent(ctx, { session, to: event.state }));
        break;
      case "delivered": {
        const claim = inFlight.get(event.id);
        if (!claim) break;
        inFlight.delete(event.id);
        patiently(() => confirmDeliveries(cairn, { session, claims: [claim] }));
        break;
      }
      case "parts": {
        const { messageId } = patiently(() => appendMessage(ctx, { session, role: "assistant", message: event.parts }));
        event.parts.forEach((part, i) => {
          if (part.type === "tool" && typeof part.callId === "string" && (part.state === "running" || part.state === "pending")) calls.set(part.callId, { messageId, position: i + 1, part: part as ToolPart });
        });
        break;
      }
      case "tool_results":
        for (const r of event.results) {
          const call = calls.get(r.callId) ?? findCall(r.callId);
          if (!call) continue;
          calls.delete(r.callId);
          const part: ToolPart = { ...call.part, state: r.isError ? "error" : "completed", output: r.output };
          patiently(() => updatePart(ctx, { session, messageId: call.messageId, position: call.position, part }));
        }
        break;
      case "turn_end":
        if (event.error !== undefined && !interrupted) finish({ kind: "failed", error: `${harness.name} failed: ${event.error}` });
        interrupted = false;
        break;
      case "permission": {
        const path = typeof event.input.file_path === "string" ? relative(supervision.cwd, event.input.file_path) : undefined;
        permissions.set(event.request, { tool: event.tool, input: event.input, summary: path ?? toolSummary(event.input) });
        askNext();
        break;
      }
      case "permission_cancelled":
        if (asked === event.request) patiently(() => answerApproval(ctx, { session, allow: false, reason: "withdrawn by the agent" }));
        permissions.delete(event.request);
        if (asked === event.request) asked = undefined;
        askNext();
        break;
      case "told":
        patiently(() => appendMessage(cairn, { session, role: "user", message: event.text, deliver: false }));
        break;
      case "conversation":
        if (event.id !== conversation) patiently(() => recordEvent(cairn, { kind: AGENT_CONVERSATION_KIND, source: harness.source, session, payload: { id: event.id } }));
        break;
      case "garbage":
        patiently(() => recordEvent(cairn, { kind: "agent_output", source: harness.source, session, payload: { line: clip(event.line, 2_000) as Json } }));
        break;
    }
  };

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
  // A supervisor that died may have left claims unconfirmed: take them over at once (the wire
  // recognises what its agent already has), instead of waiting for their lease to run out.
  sendPending(Date.now() + CLAIM_LEASE_MS);

  const stderr = new Response(agent.stderr).text();
  try {
    await readLines(agent.stdout, (text) => {
      for (const event of wire.read(text)) onAgent(event);
    });
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
      end("agent died", "failed", `${harness.name} exited unexpectedly (${agent.signalCode ? `signal ${agent.signalCode}` : `code ${code}`})${said ? `: ${said}` : ""}`);
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
