import type { Dispatch } from "react";
import type { CommandContext } from "../commands/context.ts";
import { deliverOverSocket } from "../agents/claude/deliver.ts";
import { recordEvent } from "../commands/event.ts";
import { archiveProject, unarchiveProject } from "../commands/project.ts";
import { parsePayload } from "../domain/json.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { CairnError } from "../domain/errors.ts";
import { DEFAULT_BUSY_TIMEOUT_MS } from "../store/open.ts";
import type { Status } from "../domain/status.ts";
import type { Action, PromptMode } from "./state/app-state.ts";
import { steerAgent, type SteerCommand } from "../agents/supervise.ts";

/** How often a write that found the database locked tries again; the UI keeps drawing meanwhile. */
const RETRY_MS = 100;

/**
 * Runs a domain command without ever blocking the UI: the UI's connection waits only a moment
 * for another writer's lock (see runUi); past that, it says it is waiting and tries again on a
 * timer until the usual busy timeout has passed. A CairnError becomes an inline message.
 */
function attempt<T>(run: () => T, done: (result: T) => void, onError: (message: string) => void, waiting: () => void, deadline = Date.now() + DEFAULT_BUSY_TIMEOUT_MS): void {
  let result: T;
  try {
    result = run();
  } catch (error) {
    if (error instanceof CairnError && error.code === "busy" && Date.now() < deadline) {
      waiting();
      setTimeout(() => attempt(run, done, onError, waiting, deadline), RETRY_MS);
      return;
    }
    if (error instanceof CairnError && error.code === "busy") return onError(`the database is still locked by another process after ${DEFAULT_BUSY_TIMEOUT_MS / 1000} s: nothing written`);
    return onError(error instanceof CairnError ? error.message : `unexpected error: ${(error as Error).message}`);
  }
  done(result);
}

/**
 * What the UI's keys write, through the same domain commands as the CLI. Each closes the
 * dialog it came from, says what happened, and refreshes (our own writes do not change
 * PRAGMA data_version for our connection, so the live poll would not see them).
 */
export function domainActions(ctx: CommandContext, dispatch: Dispatch<Action>, refresh: () => void, dbPath: string) {
  const fail = (text: string) => dispatch({ type: "notice", notice: { level: "error", text } });
  const succeed = (text: string, ...then: Action[]) => {
    dispatch({ type: "mode", mode: { kind: "normal" } });
    for (const action of then) dispatch(action);
    dispatch({ type: "notice", notice: { level: "info", text } });
    refresh();
  };
  // One write at a time: a second Enter while the first waits for the lock must not write twice.
  let writing = false;
  const write = <T,>(run: () => T, done: (result: T) => void, onError: (message: string) => void) => {
    if (writing) return dispatch({ type: "notice", notice: { level: "info", text: "still waiting for the database…" } });
    writing = true;
    attempt(
      run,
      (result) => {
        writing = false;
        done(result);
      },
      (message) => {
        writing = false;
        onError(message);
      },
      () => dispatch({ type: "notice", notice: { level: "info", text: "waiting for the database…" } }),
    );
  };
  /** The UI is the writing process: it delivers over the agent's messaging socket at once (README: steering). */
  const deliverNow = (session: string) => void deliverOverSocket(ctx, session).then((sent) => sent > 0 && refresh(), () => {});
  return {
    fail,
    /** Sends the prompt's draft. Errors stay in the prompt beside the text, so nothing is lost. */
    submit(prompt: PromptMode): void {
      const text = prompt.draft.text;
      const onError = (error: string) => {
        dispatch({ type: "notice", notice: null });
        dispatch({ type: "mode", mode: { ...prompt, error } });
      };
      if (prompt.purpose === "append") {
        return write(() => appendMessage(ctx, { session: prompt.session, message: text }), () => (succeed(`appended to ${prompt.session}`), deliverNow(prompt.session)), onError);
      }
      if (prompt.purpose === "deliver") {
        // `kind {"json":"payload"}`: recorded, and delivered to the session's agent.
        const [, kind = "", json] = /^\s*(\S+)\s*(.*)$/s.exec(text) ?? [];
        const deliver = () => recordEvent(ctx, { kind, target: prompt.session, deliver: true, payload: json ? parsePayload(json) : undefined });
        return write(deliver, () => (succeed(`${kind} recorded for ${prompt.session}'s agent`), deliverNow(prompt.session)), onError);
      }
      write(
        () => newSession(ctx, { project: prompt.project, message: text }),
        (created) => {
          succeed(`started ${created.id}`, { type: "selectSession", session: created.id, offset: 0 }, { type: "focus", pane: "detail" });
          dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "run-session", session: created.id }, question: `started ${created.id}: run it now with Claude Code? (y/n, in ${process.cwd()})` } });
        },
        onError,
      );
    },
    changeStatus(session: string, status: Status): void {
      dispatch({ type: "mode", mode: { kind: "normal" } });
      write(() => setStatus(ctx, { session, status }), () => succeed(`${session} is now ${status}`), fail);
    },
    archive(project: string): void {
      dispatch({ type: "mode", mode: { kind: "normal" } });
      write(() => archiveProject(ctx, project), () => succeed(`archived ${project}`), fail);
    },
    unarchive(project: string): void {
      write(() => unarchiveProject(ctx, project), () => succeed(`unarchived ${project}`), fail);
    },
    /** The supervised-agent keys: run (start or resume), interrupt, stop, approve, deny. */
    steer(command: SteerCommand, session: string): void {
      dispatch({ type: "mode", mode: { kind: "normal" } });
      const done: Record<SteerCommand, string> = {
        "session.run": `${session}: agent started`,
        "session.interrupt": `${session}: interrupt sent`,
        "session.stop": `${session}: stopping its agent`,
        "session.approve": `${session}: allowed`,
        "session.deny": `${session}: denied`,
      };
      write(() => steerAgent(ctx, dbPath, command, session), () => succeed(done[command]), fail);
    },
    cancel(session: string): void {
      dispatch({ type: "mode", mode: { kind: "normal" } });
      write(() => setStatus(ctx, { session, status: "cancelled" }), () => succeed(`cancelled ${session}`), fail);
    },
  };
}

export type DomainActions = ReturnType<typeof domainActions>;
