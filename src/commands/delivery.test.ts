import { afterEach, beforeEach, describe, expect, test } from "bun:test";
import { CLAIM_LEASE_MS } from "../domain/delivery.ts";
import { CairnError } from "../domain/errors.ts";
import { sessionMessages } from "../store/queries.ts";
import { checkDatabase } from "../store/rebuild.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { attachAgent, claimDeliveries, confirmDeliveries, detachAgent, releaseClaims } from "./delivery.ts";
import { recordEvent } from "./event.ts";
import { addProject } from "./project.ts";
import { appendMessage, newSession } from "./session.ts";

let tmp: ReturnType<typeof tempDir>;
let store: Store;
const person = () => ({ store, actor: "ui:alice" });
const agent = () => ({ store, actor: "claude-code" });

beforeEach(() => {
  tmp = tempDir();
  store = Store.open(tmp.db);
  addProject(person(), { id: "api" });
  newSession(person(), { project: "api", title: "work" });
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const deliveryOf = (id: string) => sessionMessages(store, "api-1").find((m) => m.id === id)?.delivery;
const say = (text: string, extra: { role?: string; deliver?: boolean } = {}) => appendMessage(person(), { session: "api-1", message: text, ...extra }).messageId;

describe("delivery of what a person writes", () => {
  test("a message to a session without a live agent has no delivery; with one it is pending", () => {
    const before = say("nobody listens");
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    const after = say("now someone does");
    expect(deliveryOf(before)).toBeUndefined();
    expect(deliveryOf(after)).toEqual({ state: "pending", via: null, at: null, reason: null });
  });

  test("only a person's user messages wait for delivery: not the agent's own, not recorded ones", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    expect(deliveryOf(say("a reply", { role: "assistant" }))).toBeUndefined();
    expect(deliveryOf(say("typed into claude", { deliver: false }))).toBeUndefined();
  });

  test("the text the agent reads says who wrote it", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    say("please add a test");
    expect(claimDeliveries(agent(), { session: "api-1", via: "hook" }).map((c) => c.text)).toEqual(["From ui:alice via cairn: please add a test"]);
  });

  test("a claim takes every pending item once; confirmed, it is delivered with its path and time", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    const [a, b] = [say("one"), say("two")];
    const claims = claimDeliveries(agent(), { session: "api-1", via: "hook" });
    expect(claims.map((c) => c.id)).toEqual([a, b]);
    expect(claimDeliveries(agent(), { session: "api-1", via: "socket" })).toEqual([]);
    expect(deliveryOf(a)!.state).toBe("pending"); // in flight still reads as pending
    confirmDeliveries(agent(), { session: "api-1", claims });
    expect(deliveryOf(a)).toMatchObject({ state: "delivered", via: "hook" });
    expect(deliveryOf(b)!.at).toBeGreaterThan(0);
  });

  test("a claim never confirmed is claimed again after the lease, and delivered only once", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    const id = say("lost on the way?");
    const first = claimDeliveries(agent(), { session: "api-1", via: "hook" });
    expect(claimDeliveries(agent(), { session: "api-1", via: "hook", now: Date.now() + CLAIM_LEASE_MS / 2 })).toEqual([]);
    const retry = claimDeliveries(agent(), { session: "api-1", via: "hook", now: Date.now() + CLAIM_LEASE_MS + 1 });
    expect(retry.map((c) => c.id)).toEqual([id]);
    confirmDeliveries(agent(), { session: "api-1", claims: retry });
    confirmDeliveries(agent(), { session: "api-1", claims: first }); // the slow first deliverer reports late
    const delivered = store.sqlite.query("SELECT count(*) AS n FROM events WHERE kind = 'delivery.delivered'").get() as { n: number };
    expect(delivered.n).toBe(1);
    expect(deliveryOf(id)).toMatchObject({ state: "delivered", via: "hook" });
  });

  test("a socket claim is never taken again by the lease: it waits in the agent's queue until echoed or released", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    const id = say("queued behind a long tool");
    const sent = claimDeliveries(agent(), { session: "api-1", via: "socket" });
    expect(claimDeliveries(agent(), { session: "api-1", via: "hook", now: Date.now() + 100 * CLAIM_LEASE_MS })).toEqual([]);
    releaseClaims(agent(), { session: "api-1", claims: sent, reason: "its process ended" });
    expect(claimDeliveries(agent(), { session: "api-1", via: "hook" }).map((c) => c.id)).toEqual([id]);
  });

  test("a released claim is pending again for the next path, with the reason kept", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    const id = say("try the socket");
    releaseClaims(agent(), { session: "api-1", claims: claimDeliveries(agent(), { session: "api-1", via: "socket" }), reason: "socket: connection refused" });
    expect(deliveryOf(id)).toEqual({ state: "pending", via: null, at: null, reason: "socket: connection refused" });
    expect(claimDeliveries(agent(), { session: "api-1", via: "hook" }).map((c) => c.id)).toEqual([id]);
  });

  test("when the agent goes, what it never got fails with the reason, and nothing more waits", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    const id = say("too late");
    detachAgent(agent(), { session: "api-1", reason: "the session ended" });
    expect(deliveryOf(id)).toMatchObject({ state: "failed", reason: "the session ended" });
    expect(deliveryOf(say("after the end"))).toBeUndefined();
    expect(claimDeliveries(agent(), { session: "api-1", via: "hook" })).toEqual([]);
  });

  test("an event added with deliver waits for the target session's agent as one line", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    recordEvent(person(), { kind: "rebase_required", source: "ci", target: "api-1", payload: { onto: "main" }, deliver: true });
    expect(claimDeliveries(agent(), { session: "api-1", via: "hook" }).map((c) => c.text)).toEqual(['From ui:alice via cairn: event rebase_required from ci {"onto":"main"}']);
  });

  test("deliver needs a target session with a live agent, and writes nothing otherwise", () => {
    const refused = (input: Parameters<typeof recordEvent>[1]) => {
      const before = store.sqlite.query("SELECT count(*) AS n FROM events").get();
      try {
        recordEvent(person(), input);
      } catch (error) {
        expect(store.sqlite.query("SELECT count(*) AS n FROM events").get()).toEqual(before);
        return (error as CairnError).message;
      }
      throw new Error("not refused");
    };
    expect(refused({ kind: "ping", deliver: true })).toContain("--deliver needs --target SESSION");
    expect(refused({ kind: "ping", target: "api-9", deliver: true })).toBe("no session api-9");
    expect(refused({ kind: "ping", target: "api-1", deliver: true })).toContain("session api-1 has no live agent");
  });

  test("rebuilding the projections from the log gives the same delivery rows", () => {
    attachAgent(agent(), { session: "api-1", agent: "claude" });
    const claims = claimDeliveries(agent(), { session: "api-1", via: "hook" });
    say("one");
    confirmDeliveries(agent(), { session: "api-1", claims: claimDeliveries(agent(), { session: "api-1", via: "hook" }) });
    say("two");
    releaseClaims(agent(), { session: "api-1", claims: [...claims, ...claimDeliveries(agent(), { session: "api-1", via: "socket" })], reason: "gone" });
    say("three");
    detachAgent(agent(), { session: "api-1", reason: "ended" });
    expect(store.sqlite.query("SELECT count(*) AS n FROM deliveries").get()).toEqual({ n: 3 });
    expect(checkDatabase(store).projectionsMatchLog).toBe(true);
  });
});
