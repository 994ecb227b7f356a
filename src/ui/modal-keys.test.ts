import { expect, test } from "bun:test";
import type { DomainActions } from "./domain-actions.ts";
import { handleModalKey } from "./modal-keys.ts";
import type { Status } from "../domain/status.ts";
import { emptyDraft } from "./input/line-editor.ts";
import { initialState, reduce, type Action, type AppState, type Mode } from "./state/app-state.ts";

/** Feeds keys to a dialog, applying what it dispatches; records the domain actions it asks for. */
function drive(mode: Mode, keys: string[], setup: (s: AppState) => AppState = (s) => s, status: Status = "running") {
  let state = setup(reduce(initialState("api"), { type: "mode", mode }));
  const calls: string[] = [];
  const actions = new Proxy({}, { get: (_, name) => (...args: unknown[]) => calls.push(`${String(name)} ${args.join(" ")}`) }) as DomainActions;
  const dispatch = (action: Action) => (state = reduce(state, action));
  const handled = keys.map((k) => handleModalKey({ name: k, text: k.length === 1 ? k : "" }, { state, dispatch, actions, statusOf: () => status, runLine: () => undefined, completeLine: (l) => l, reader: () => {}, editor: () => {} }));
  return { state, calls, handled };
}

test("the filter grows with each key, shrinks with backspace, and Enter applies it", () => {
  const typed = drive({ kind: "filter", pane: "sessions" }, ["a", "p", "x", "backspace", "i"]);
  expect(typed.state.filterDraft.text).toBe("api");
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
  // From waiting: running, review, done, failed, cancelled.
  const { calls } = drive({ kind: "status", session: "api-1", index: 0 }, ["k", "j", "j", "j", "j", "j", "j", "enter"], undefined, "waiting");
  expect(calls).toEqual(["changeStatus api-1 cancelled"]);
});

test("the status picker offers from the session's status now, not when it opened", () => {
  // Opened on a running session (index 2: done); the session was re-queued meanwhile.
  const { calls } = drive({ kind: "status", session: "api-1", index: 2 }, ["enter"], undefined, "done");
  expect(calls).toEqual(["changeStatus api-1 queued"]);
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

test("Esc in a prompt with a draft asks first; no goes back to the draft, yes discards it", () => {
  const prompt = { kind: "prompt", purpose: "append", session: "api-1", draft: emptyDraft, error: null } as const;
  const asked = drive(prompt, ["h", "i", "escape"]);
  expect(asked.state.mode).toMatchObject({ kind: "confirm", question: "Discard the draft?" });
  const kept = drive(prompt, ["h", "i", "ctrl+c", "n"]);
  expect(kept.state.mode).toMatchObject({ kind: "prompt", draft: { text: "hi" } });
  expect(drive(prompt, ["h", "i", "escape", "y"]).state.mode.kind).toBe("normal");
  expect(drive(prompt, ["escape"]).state.mode.kind).toBe("normal");
});

test("Enter in the prompt submits the draft once; an empty draft is not sent, and the prompt says why", () => {
  const prompt = { kind: "prompt", purpose: "append", session: "api-1", draft: emptyDraft, error: null } as const;
  const empty = drive(prompt, ["enter"]);
  expect(empty.calls).toEqual([]);
  expect(empty.state.mode).toMatchObject({ kind: "prompt", error: "nothing to send: type the message first (Esc closes)" });
  expect(drive(prompt, ["o", "k", "enter"]).calls).toHaveLength(1);
});
