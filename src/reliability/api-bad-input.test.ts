import { afterAll, beforeAll, expect, test } from "bun:test";
import { recordEvent } from "../commands/event.ts";
import { addProject, archiveProject } from "../commands/project.ts";
import { appendMessage, newSession, setStatus, updatePart } from "../commands/session.ts";
import { importEvents } from "../commands/transfer.ts";
import { CairnError, type ErrorCode } from "../domain/errors.ts";
import { LIMITS } from "../domain/limits.ts";
import { sessionMessages } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { dumpAll, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
let store: Store;
const ctx = () => ({ store, actor: "test" });
let firstMessage = "";

beforeAll(() => {
  store = Store.open(tmp.db);
  addProject(ctx(), { id: "api" });
  addProject(ctx(), { id: "old" });
  archiveProject(ctx(), "old");
  newSession(ctx(), { project: "api", message: "hello" });
  newSession(ctx(), { project: "api" });
  firstMessage = sessionMessages(store, "api-1")[0]!.id;
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

const deep = (n: number): unknown => (n === 0 ? 1 : { d: deep(n - 1) });

/** The same rules hold for code that calls the domain commands directly (the UI, integrations). */
const CASES: Array<[string, () => unknown, ErrorCode]> = [
  ["project id with a slash", () => addProject(ctx(), { id: "a/b" }), "invalid"],
  ["duplicate project", () => addProject(ctx(), { id: "api" }), "exists"],
  ["session in an archived project", () => newSession(ctx(), { project: "old" }), "invalid"],
  ["message with no parts", () => appendMessage(ctx(), { session: "api-1", message: [] }), "invalid"],
  ["part without a type", () => appendMessage(ctx(), { session: "api-1", message: [{ text: "x" } as never] }), "invalid"],
  ["tool part without a state", () => appendMessage(ctx(), { session: "api-1", message: [{ type: "tool", name: "Bash" } as never] }), "invalid"],
  ["message over the size limit", () => appendMessage(ctx(), { session: "api-1", message: "x".repeat(LIMITS.messageBytes) }), "invalid"],
  ["too many parts", () => appendMessage(ctx(), { session: "api-1", message: Array.from({ length: LIMITS.parts + 1 }, () => ({ type: "text", text: "x" })) }), "invalid"],
  ["payload nested 10,000 deep", () => recordEvent(ctx(), { kind: "ping", payload: deep(10_000) as never }), "invalid"],
  ["unknown status", () => setStatus(ctx(), { session: "api-1", status: "paused" }), "invalid"],
  ["update of a part that does not exist", () => updatePart(ctx(), { session: "api-1", messageId: "nope", position: 1, part: { type: "text", text: "x" } }), "not_found"],
  ["update of a part through another session", () => updatePart(ctx(), { session: "api-2", messageId: firstMessage, position: 1, part: { type: "text", text: "x" } }), "invalid"],
  ["status change the table does not allow", () => setStatus(ctx(), { session: "api-1", status: "done" }), "invalid_transition"],
  ["import line for an unknown session", () => importEvents(ctx(), () => [JSON.stringify({ id: "x1", stream: "session:api-9", kind: "session.status_changed", project: "api", session: "api-9", payload: { from: "queued", to: "running" }, ts: 1 })]), "not_found"],
];

for (const [name, run, code] of CASES) {
  test(`the store refuses: ${name}`, () => {
    const before = dumpAll(tmp.db);
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CairnError);
    expect((error as CairnError).code).toBe(code);
    expect((error as CairnError).message).not.toContain("\n");
    expect(dumpAll(tmp.db)).toBe(before);
  });
}
