import type { Dispatch } from "react";
import { nextStatuses, type Status } from "../domain/status.ts";
import type { DomainActions } from "./domain-actions.ts";
import type { KeyPress } from "./input/key-presses.ts";
import { edit, emptyDraft } from "./input/line-editor.ts";
import { helpLines } from "./panes/help-screen.tsx";
import { toggleKind } from "./event-kinds.ts";
import { resolveKey, type CommandId, type ModeScope } from "./keymap.ts";
import type { Action, AppState, Mode, PromptMode } from "./state/app-state.ts";

const normal = { type: "mode", mode: { kind: "normal" } } as const;

/** What a dialog needs besides the key: the state, a way to change it, and what it may ask for. */
export interface ModalDeps {
  state: AppState;
  dispatch: Dispatch<Action>;
  actions: DomainActions;
  /** A session's status now (the status picker never offers from a stale one). */
  statusOf(session: string): Status | undefined;
  /** Runs a `:` command line; returns an error to show, or undefined when it ran. */
  runLine(line: string): string | undefined;
  /** Completes a `:` command line (Tab). */
  completeLine(line: string): string;
  /** The message reader's own keys (scrolling, search, pager, copy). */
  reader(command: CommandId | "search.first", mode: Extract<Mode, { kind: "reader" }>): void;
  /** Opens the prompt's draft in $EDITOR. */
  editor(mode: PromptMode): void;
}

/** The keymap scope of a mode; undefined in normal mode, where the panes' bindings apply. */
export function modeScope(mode: Mode): ModeScope | undefined {
  switch (mode.kind) {
    case "normal":
      return undefined;
    case "status":
      return "picker";
    default:
      return mode.kind;
  }
}

/** The statuses a session may move to from where it is now. */
export const statusOptions = (status: Status | undefined): readonly Status[] => (status ? nextStatuses(status) : []);

/** Esc and Ctrl-C leave the prompt; a draft is never thrown away without asking. */
function leavePrompt(mode: PromptMode, dispatch: Dispatch<Action>): void {
  if (mode.draft.text.trim() === "") return dispatch(normal);
  dispatch({ type: "mode", mode: { kind: "confirm", action: { kind: "discard-draft", prompt: mode }, question: "Discard the draft?" } });
}

/**
 * Keys while a dialog has the keyboard (help, filter, prompt, command line, status picker,
 * confirmation, reader), dispatched through the keymap like any other key. Returns false in
 * normal mode, where the panes' bindings decide.
 */
export function handleModalKey(key: KeyPress, d: ModalDeps): boolean {
  const { state, dispatch } = d;
  const mode = state.mode;
  const scope = modeScope(mode);
  if (!scope) return false;
  const command = resolveKey(key.name, scope)?.command;
  switch (mode.kind) {
    case "help":
      if (command === "cancel") dispatch(normal);
      // Scrolls by half a screen; the screen clamps what it shows.
      else if (command === "move.down" || command === "move.up") dispatch({ type: "mode", mode: { ...mode, top: Math.max(0, Math.min(helpLines().length - 1, mode.top + (command === "move.down" ? 10 : -10))) } });
      return true;
    case "filter": {
      if (command === "submit") {
        dispatch({ type: "filter", pane: mode.pane, text: state.filterDraft.text });
        dispatch(normal);
      } else if (command === "cancel") {
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
      if (command === "submit") {
        // Nothing to send: say so beside the draft, as any key that cannot act does.
        if (mode.draft.text.trim() !== "") d.actions.submit(mode);
        else dispatch({ type: "mode", mode: { ...mode, error: "nothing to send: type the message first (Esc closes)" } });
      } else if (command === "cancel") leavePrompt(mode, dispatch);
      else if (command === "editor") d.editor(mode);
      else {
        const draft = edit(mode.draft, key, true);
        if (draft) dispatch({ type: "mode", mode: { ...mode, draft, error: null } });
      }
      return true;
    }
    case "command": {
      if (command === "submit") {
        const error = d.runLine(mode.draft.text);
        if (error) dispatch({ type: "mode", mode: { ...mode, error } });
      } else if (command === "cancel") dispatch(normal);
      else if (command === "complete") {
        const text = d.completeLine(mode.draft.text);
        dispatch({ type: "mode", mode: { ...mode, draft: { text, cursor: text.length }, error: null } });
      } else {
        const draft = edit(mode.draft, key, false);
        if (draft) dispatch({ type: "mode", mode: { ...mode, draft, error: null } });
      }
      return true;
    }
    case "status": {
      const options = statusOptions(d.statusOf(mode.session));
      const index = Math.min(mode.index, Math.max(0, options.length - 1));
      if (command === "cancel") dispatch(normal);
      else if (command === "move.up") dispatch({ type: "mode", mode: { ...mode, index: Math.max(0, index - 1) } });
      else if (command === "move.down") dispatch({ type: "mode", mode: { ...mode, index: Math.min(options.length - 1, index + 1) } });
      else if (command === "submit" && options[index]) d.actions.changeStatus(mode.session, options[index]);
      return true;
    }
    case "kinds": {
      const index = Math.min(mode.index, Math.max(0, mode.kinds.length - 1));
      const chosen = mode.kinds[index]?.kind;
      if (command === "cancel") dispatch(normal);
      else if (command === "move.up") dispatch({ type: "mode", mode: { ...mode, index: Math.max(0, index - 1) } });
      else if (command === "move.down") dispatch({ type: "mode", mode: { ...mode, index: Math.min(mode.kinds.length - 1, index + 1) } });
      else if (command === "toggle" && chosen) dispatch({ type: "hiddenKinds", kinds: toggleKind(state.hiddenKinds, chosen) });
      else if (command === "showAll") dispatch({ type: "hiddenKinds", kinds: [] });
      return true;
    }
    case "confirm": {
      const action = mode.action;
      if (command === "yes") {
        if (action.kind === "archive-project") d.actions.archive(action.project);
        else if (action.kind === "cancel-session") d.actions.cancel(action.session);
        else if (action.kind === "run-session") d.actions.steer("session.run", action.session);
        else dispatch(normal);
      } else if (command === "no") dispatch(action.kind === "discard-draft" ? { type: "mode", mode: action.prompt } : normal);
      return true;
    }
    case "reader": {
      if (mode.searching) {
        // Typing a search: Enter looks for it, Esc drops it.
        if (key.name === "enter") d.reader("search.first", { ...mode, search: mode.searching.text, searching: null });
        else if (key.name === "escape" || key.name === "ctrl+c") dispatch({ type: "mode", mode: { ...mode, searching: null } });
        else {
          const draft = edit(mode.searching, key, false);
          if (draft) dispatch({ type: "mode", mode: { ...mode, searching: draft } });
        }
        return true;
      }
      if (command === "cancel") dispatch(normal);
      else if (command === "search") dispatch({ type: "mode", mode: { ...mode, searching: emptyDraft } });
      else if (command) d.reader(command, mode);
      return true;
    }
    default:
      return false;
  }
}
