import { expect, test } from "bun:test";
import type { Key } from "ink";
import type { DomainActions } from "./domain-actions.ts";
import { handleModalKey } from "./modal-keys.ts";
import { initialState, reduce, type Action, type AppState, type Mode } from "./state/app-state.ts";

const NO_KEY = {} as Key;

/** Feeds keys to a dialog, applying what it dispatches; records the domain actions it asks for. */
function drive(mode: Mode, keys: string[], setup: (s: AppState) => AppState = (s) => s) {
  let state = setup(reduce(initialState("api"), { type: "mode", mode }));
  const calls: string[] = [];
  const actions = new Proxy({}, { get: (_, name) => (...args: unknown[]) => calls.push(`${String(name)} ${args.join(" ")}`) }) as DomainActions;
  const dispatch = (action: Action) => (state = reduce(state, action));
  const handled = keys.map((k) => handleModalKey(k, k.length === 1 ? k : "", NO_KEY, state, dispatch, actions));
  return { state, calls, handled };
}

test("the filter grows with each key, shrinks with backspace, and Enter applies it", () => {
  const typed = drive({ kind: "filter", pane: "sessions" }, ["a", "p", "x", "backspace", "i"]);
  expect(typed.state.filterDraft).toBe("api");
  expect(typed.state.filters.sessions).toBe(""); // applied by the App once typing pauses
  const { state, handled } = drive({ kind: "filter", pane: "sessions" }, ["a", "p", "i", "enter"]);
  expect(handled.every(Boolean)).toBe(true);
  expect(state.filters.sessions).toBe("api");
  expect(state.mode.kind).toBe("normal");
});

test("Esc in the filter clears it", () => {
  const { state } = drive({ kind: "filter", pane: "events" }, ["x", "escape"]);
  expect(state.filters.events).toBe("");
  expect(state.mode.kind).toBe("normal");
});

test("the status picker stays within its options and applies the chosen one", () => {
  const { calls } = drive({ kind: "status", session: "api-1", options: ["waiting", "review", "done"], index: 0 }, ["k", "j", "j", "j", "j", "enter"]);
  expect(calls).toEqual(["changeStatus api-1 done"]);
});

test("a confirmation acts on y and closes on n without acting", () => {
  expect(drive({ kind: "confirm", action: { kind: "cancel-session", session: "api-2" }, question: "?" }, ["y"]).calls).toEqual(["cancel api-2"]);
  const no = drive({ kind: "confirm", action: { kind: "archive-project", project: "api" }, question: "?" }, ["n"]);
  expect(no.calls).toEqual([]);
  expect(no.state.mode.kind).toBe("normal");
});

test("in normal mode the keymap decides", () => {
  expect(drive({ kind: "normal" }, ["j"]).handled).toEqual([false]);
});
