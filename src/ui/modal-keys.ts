import type { Key } from "ink";
import type { Dispatch } from "react";
import type { DomainActions } from "./domain-actions.ts";
import type { Action, AppState } from "./state/app-state.ts";

const NAVIGATION = new Set(["up", "down", "left", "right", "pageup", "pagedown", "home", "end"]);
const close = (dispatch: Dispatch<Action>) => dispatch({ type: "mode", mode: { kind: "normal" } });

/**
 * Keys while a dialog has the keyboard (help, filter, status picker, confirmation).
 * Returns false in normal mode, where the keymap decides.
 */
export function handleModalKey(name: string, input: string, key: Key, state: AppState, dispatch: Dispatch<Action>, actions: DomainActions): boolean {
  const mode = state.mode;
  switch (mode.kind) {
    case "help":
      if (name === "escape" || name === "?" || name === "q") close(dispatch);
      return true;
    case "filter": {
      const text = state.filterDraft;
      if (name === "enter") {
        dispatch({ type: "filter", pane: mode.pane, text });
        close(dispatch);
      } else if (name === "escape") {
        dispatch({ type: "filter", pane: mode.pane, text: "" });
        close(dispatch);
      } else if (name === "backspace") dispatch({ type: "filterDraft", text: text.slice(0, -1) });
      else if (input && !key.ctrl && !key.meta && !key.tab && !NAVIGATION.has(name)) {
        // Live as you type: the pane follows once typing pauses (see App).
        dispatch({ type: "filterDraft", text: (text + input).replace(/[\r\n]/g, "") });
      }
      return true;
    }
    case "status":
      if (name === "escape" || name === "q") close(dispatch);
      else if (name === "up" || name === "k") dispatch({ type: "mode", mode: { ...mode, index: Math.max(0, mode.index - 1) } });
      else if (name === "down" || name === "j") dispatch({ type: "mode", mode: { ...mode, index: Math.min(mode.options.length - 1, mode.index + 1) } });
      else if (name === "enter") actions.changeStatus(mode.session, mode.options[mode.index]!);
      return true;
    case "confirm":
      if (name === "y") {
        if (mode.action.kind === "archive-project") actions.archive(mode.action.project);
        else actions.cancel(mode.action.session);
      } else if (name === "n" || name === "escape" || name === "q") close(dispatch);
      return true;
    default:
      return false;
  }
}
