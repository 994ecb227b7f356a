import type { Dispatch } from "react";
import type { CommandContext } from "../commands/context.ts";
import { archiveProject, unarchiveProject } from "../commands/project.ts";
import { appendMessage, newSession, setStatus } from "../commands/session.ts";
import { CairnError } from "../domain/errors.ts";
import type { Status } from "../domain/status.ts";
import type { Action, PromptMode } from "./state/app-state.ts";

/** Runs a domain command; a CairnError becomes an inline message instead of a crash. */
function attempt<T>(run: () => T, onError: (message: string) => void): T | undefined {
  try {
    return run();
  } catch (error) {
    onError(error instanceof CairnError ? error.message : `unexpected error: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * What the UI's keys write, through the same domain commands as the CLI. Each closes the
 * dialog it came from, says what happened, and refreshes (our own writes do not change
 * PRAGMA data_version for our connection, so the live poll would not see them).
 */
export function domainActions(ctx: CommandContext, dispatch: Dispatch<Action>, refresh: () => void) {
  const fail = (text: string) => dispatch({ type: "notice", notice: { level: "error", text } });
  const succeed = (text: string, ...then: Action[]) => {
    dispatch({ type: "mode", mode: { kind: "normal" } });
    for (const action of then) dispatch(action);
    dispatch({ type: "notice", notice: { level: "info", text } });
    refresh();
  };
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
        if (attempt(() => appendMessage(ctx, { session: prompt.session, message: text }), onError)) succeed(`appended to ${prompt.session}`);
        return;
      }
      const created = attempt(() => newSession(ctx, { project: prompt.project, message: text }), onError);
      if (created) succeed(`started ${created.id}`, { type: "selectSession", session: created.id, offset: 0 }, { type: "focus", pane: "detail" });
    },
    changeStatus(session: string, status: Status): void {
      dispatch({ type: "mode", mode: { kind: "normal" } });
      if (attempt(() => setStatus(ctx, { session, status }), fail)) succeed(`${session} is now ${status}`);
    },
    archive(project: string): void {
      dispatch({ type: "mode", mode: { kind: "normal" } });
      if (attempt(() => archiveProject(ctx, project), fail)) succeed(`archived ${project}`);
    },
    unarchive(project: string): void {
      if (attempt(() => unarchiveProject(ctx, project), fail)) succeed(`unarchived ${project}`);
    },
    cancel(session: string): void {
      dispatch({ type: "mode", mode: { kind: "normal" } });
      if (attempt(() => setStatus(ctx, { session, status: "cancelled" }), fail)) succeed(`cancelled ${session}`);
    },
  };
}

export type DomainActions = ReturnType<typeof domainActions>;
