import { afterAll, beforeAll, expect, test } from "bun:test";
import { attachAgent, claimDeliveries, confirmDeliveries } from "../commands/delivery.ts";
import { recordEvent } from "../commands/event.ts";
import { addProject } from "../commands/project.ts";
import { appendMessage, newSession } from "../commands/session.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { KEY, PtyScreen } from "../testing/pty.ts";

const tmp = tempDir();
let screen: PtyScreen;
let store: Store;
const agent = () => ({ store, actor: "claude-code" });

beforeAll(() => {
  store = Store.open(tmp.db);
  const ctx = { store, actor: "ui:alice" };
  addProject(ctx, { id: "api", name: "Payments API" });
  newSession(ctx, { project: "api", message: "Add idempotency keys" });
  attachAgent(agent(), { session: "api-1", agent: "claude" });
  appendMessage(ctx, { session: "api-1", message: "first, delivered" });
  confirmDeliveries(agent(), { session: "api-1", claims: claimDeliveries(agent(), { session: "api-1", via: "hook" }) });
  appendMessage(ctx, { session: "api-1", message: "second, still pending" });
  recordEvent(agent(), { kind: "lock_acquired", session: "api-1", payload: { path: "src/charges.ts" } });
});
afterAll(() => {
  screen?.close();
  store.close();
  tmp.cleanup();
});

test("the UI marks deliveries, counts what is undelivered, shows held locks, and delivers an event from the events pane", async () => {
  screen = new PtyScreen(["--db", tmp.db], { cols: 140, rows: 30, env: { CAIRN_ACTOR: "cli:test" } });
  await screen.press(KEY.enter); // into the sessions of api
  await screen.waitFor("sessions · api (1) · 1 undelivered");
  await screen.waitFor("→1 ⚑1");
  await screen.press(KEY.enter);
  await screen.waitFor("locks src/charges.ts");
  await screen.waitFor((s) => /2 user · \d\d:\d\d:\d\d · delivered \d\d:\d\d:\d\d via hook/.test(s) && /3 user · \d\d:\d\d:\d\d · pending/.test(s));

  // Someone else's delivery shows without a keypress.
  confirmDeliveries(agent(), { session: "api-1", claims: claimDeliveries(agent(), { session: "api-1", via: "socket" }) });
  await screen.waitFor((s) => /3 user · \d\d:\d\d:\d\d · delivered \d\d:\d\d:\d\d via socket/.test(s) && s.includes("sessions · api (1) · 1 lock"));

  // From the events pane: an event for the selected session's agent.
  await screen.press("4", "d");
  await screen.waitFor("event for api-1's agent");
  await screen.press('rebase_required {"onto":"main"}', KEY.enter);
  await screen.waitFor("rebase_required recorded for api-1's agent");
  await screen.waitFor("1 undelivered");
  const [claim] = claimDeliveries(agent(), { session: "api-1", via: "hook" });
  expect(claim!.text).toBe('From ui:test via cairn: event rebase_required {"onto":"main"}');
}, 30_000);
