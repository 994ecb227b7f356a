import type { Dispatch } from "react";
import { nextStatuses, type Status } from "../domain/status.ts";
import type { DomainActions } from "./domain-actions.ts";
import type { KeyPress } from "./input/key-presses.ts";
import { edit } from "./input/line-editor.ts";
import type { Action, AppState, PromptMode } from "./state/app-state.ts";

const normal = { type: "mode", mode: { kind: "normal" } } as const;

/** What a dialog needs besides the key: the state, a way to change it, and the domain actions. */
export interface ModalDeps {
  state: AppState;
  dispatch: Dispatch<Action>;
  actions: DomainActions;
  /** A session's status now (the status picker never offers from a stale one). */
  statusOf(session: string): Status | undefined;
}

/** The statuses a session may move to from where it is now. */
export const statusOptions = (status: Status | undefined): readonly Status[] => (status ? nextStatuses(status) : []);

/** Esc and Ctrl-C leave the prompt; a draft is never thrown away without asking. */
function leavePrompt(mode: PromptMode, dispatch: Dispatch<Action>): void {
  if (mode.draft.text.trim() === "") return dispatch(normal);
  dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "discard-draft", prompt: mode }, question: "Discard the draft?" } });
}

/**
 * Keys while a dialog has the keyboard (help, filter, prompt, status picker, confirmation).
 * Returns false in normal mode, where the keymap decides.
 */
export function handleModalKey(key: KeyPress, { state, dispatch, actions, statusOf }: ModalDeps): boolean {
  const mode = state.mode;
  const name = key.name;
  switch (mode.kind) {
    case "help":
      if (name === "escape" || name === "?" || name === "q") dispatch(normal);
      return true;
    case "filter": {
      if (name === "enter") {
        dispatch({ type: "filter", pane: mode.pane, text: state.filterDraft.text });
        dispatch(normal);
      } else if (name === "escape" || name === "ctrl+c") {
        dispatch({ type: "filter", pane: mode.pane, text: "" });
        dispatch(normal);
      } else {
        // Live as you type: the pane follows once typing pauses (see App).
        const draft = edit(state.filterDraft, key, false);
        if (draft) dispatch({ type: "filterDraft", draft });
      }
      return true;
    }
    case "prompt": {
      if (name === "enter") {
        if (mode.draft.text.trim() !== "") actions.submit(mode);
      } else if (name === "escape" || name === "ctrl+c") leavePrompt(mode, dispatch);
      else {
        const draft = edit(mode.draft, key, true);
        if (draft) dispatch({ type: "mode", mode: { ...mode, draft, error: null } });
      }
      return true;
    }
    case "status": {
      const options = statusOptions(statusOf(mode.session));
      const index = Math.min(mode.index, Math.max(0, options.length - 1));
      if (name === "escape" || name === "q" || name === "ctrl+c") dispatch(normal);
      else if (name === "up" || name === "k") dispatch({ type: "mode", mode: { ...mode, index: Math.max(0, index - 1) } });
      else if (name === "down" || name === "j") dispatch({ type: "mode", mode: { ...mode, index: Math.min(options.length - 1, index + 1) } });
      else if (name === "enter" && options[index]) actions.changeStatus(mode.session, options[index]);
      return true;
    }
    case "confirm": {
      const action = mode.action;
      if (name === "y") {
        if (action.kind === "archive-project") actions.archive(action.project);
        else if (action.kind === "cancel-session") actions.cancel(action.session);
        else dispatch(normal);
      } else if (name === "n" || name === "escape" || name === "q" || name === "ctrl+c") {
        dispatch(action.kind === "discard-draft" ? { type: "mode", mode: action.prompt } : normal);
      }
      return true;
    }
    default:
      return false;
  }
}
