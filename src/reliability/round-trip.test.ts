import { afterAll, expect, test } from "bun:test";
import { recordEvent } from "../commands/event.ts";
import { addProject, archiveProject } from "../commands/project.ts";
import { appendMessage, moveStatus, newSession, setTitle, updatePart } from "../commands/session.ts";
import { exportEvents, importEvents } from "../commands/transfer.ts";
import { CairnError } from "../domain/errors.ts";
import type { Json } from "../domain/json.ts";
import { LIMITS } from "../domain/limits.ts";
import type { Part } from "../domain/message.ts";
import { MAX_SESSION_NUMBER, sessionIdFor } from "../domain/ids.ts";
import { STATUSES } from "../domain/status.ts";
import { TS_RANGE } from "../domain/when.ts";
import { dumpProjections } from "../store/rebuild.ts";
import { Store } from "../store/store.ts";
import { dumpAll, tempDir } from "../testing/harness.ts";
import { scale } from "./soak.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A small seeded generator, so a failing history can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

type Rng = ReturnType<typeof random>;

const TEXTS = ["plain", "ünïcödé ✓", "中文字符测试", "emoji 👩‍💻🚀", "lone \ud800 high", "lone \udc00 low", "rtl \u202e override", "tab\tand\nnewline", "\u001b[31mescape", "c1 \u0085 next line", ""];
const NUMBERS = [0, -0, 1, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300, -1e-300, 0.1, 123.456e-7, Number.MAX_VALUE, Number.MIN_VALUE];

function text(r: Rng, min = 0): string {
  let t = Array.from({ length: 1 + r.int(4) }, () => r.pick(TEXTS)).join(" ");
  while (t.trim().length < min) t += r.pick(TEXTS);
  return t;
}

function json(r: Rng, depth = 0): Json {
  const roll = r.int(depth > 3 ? 3 : 6);
  if (roll === 0) return r.pick(NUMBERS);
  if (roll === 1) return text(r);
  if (roll === 2) return r.pick([true, false, null]);
  if (roll === 3) return Array.from({ length: r.int(4) }, () => json(r, depth + 1));
  return Object.fromEntries(Array.from({ length: r.int(4) }, () => [text(r), json(r, depth + 1)]));
}

/** Pads a payload to exactly `bytes` of JSON. */
const sized = (bytes: number, char = "x"): Record<string, Json> => ({ blob: char.repeat(bytes - JSON.stringify({ blob: "" }).length) });

function part(r: Rng): Part {
  switch (r.int(4)) {
    case 0:
      return { type: "text", text: text(r, 1) };
    case 1:
      return { type: "reasoning", text: text(r, 1) };
    case 2:
      return { type: "tool", name: "Bash", state: r.pick(["running", "completed", "error"] as const), input: json(r), output: json(r), callId: `c${r.int(1000)}` };
    default:
      return { type: "diagram", data: json(r) } as Part;
  }
}

/** Writes a random history through the commands: every kind, limits at the boundary, odd text and numbers. */
function generate(store: Store, seed: number, steps: number): void {
  const r = random(seed);
  const actor = r.pick(["a", "ü".repeat(LIMITS.ref), "cli:alice"]);
  const ctx = { store, actor };
  const projects: string[] = [];
  const sessions: string[] = [];
  const messages: Array<{ session: string; id: string; parts: number }> = [];
  const attempt = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      if (!(error instanceof CairnError)) throw error; // refusals are fine: only what was stored must round-trip
    }
  };
  for (let step = 0; step < steps; step++) {
    const roll = projects.length === 0 ? 0 : r.int(10);
    attempt(() => {
      if (roll === 0) {
        const id = `p${projects.length}`;
        addProject(ctx, { id, name: text(r, 1).slice(0, LIMITS.title), description: text(r) });
        projects.push(id);
      } else if (roll === 1 && sessions.length < 3 * projects.length) {
        sessions.push(newSession(ctx, { project: r.pick(projects), title: text(r, 1).slice(0, LIMITS.title), message: r.int(2) ? text(r, 1) : undefined }).id);
      } else if (roll <= 4 && sessions.length) {
        const session = r.pick(sessions);
        const parts = Array.from({ length: 1 + r.int(3) }, () => part(r));
        // Now and then a message right at the size limit, in three-byte characters (over the 64 KiB payload limit).
        const big = r.int(8) === 0 ? [{ type: "text", text: "字".repeat((LIMITS.messageBytes - 40) / 3) }] : parts;
        const { messageId } = appendMessage(ctx, { session, role: r.pick(["user", "assistant", "tool"]), message: big as Part[] });
        messages.push({ session, id: messageId, parts: big.length });
      } else if (roll === 5 && messages.length) {
        const m = r.pick(messages);
        updatePart(ctx, { session: m.session, messageId: m.id, position: 1 + r.int(m.parts), part: part(r) });
      } else if (roll === 6 && sessions.length) {
        moveStatus(ctx, { session: r.pick(sessions), to: r.pick(STATUSES) });
      } else if (roll === 7 && sessions.length) {
        setTitle(ctx, { session: r.pick(sessions), title: text(r, 1).slice(0, LIMITS.title) });
      } else if (roll === 8) {
        const payload = r.int(5) === 0 ? sized(LIMITS.payloadBytes, r.pick(["x", "é"]).slice(0, 1)) : (json(r) as Record<string, Json>);
        recordEvent(ctx, { kind: r.pick(["lock_acquired", "task.started", "x"]), source: r.pick(["agent", "ñ".repeat(LIMITS.ref)]), session: sessions.length && r.int(2) ? r.pick(sessions) : undefined, payload: payload && typeof payload === "object" && !Array.isArray(payload) ? payload : { value: payload } });
      } else if (roll === 9 && projects.length > 1 && r.int(4) === 0) {
        archiveProject(ctx, r.pick(projects));
      }
    });
  }
}

const exportText = (store: Store) => [...exportEvents(store)].map((l) => `${l}\n`).join("");

test("export → import → export is byte-identical, and importing again changes nothing, over generated histories", () => {
  const histories = scale(6, 60);
  for (let seed = 1; seed <= histories; seed++) {
    const source = Store.open(`${tmp.dir}/source-${seed}.db`);
    generate(source, seed, scale(150, 600));
    const first = exportText(source);
    const projections = dumpProjections(source);
    source.close();

    const targetPath = `${tmp.dir}/target-${seed}.db`;
    const target = Store.open(targetPath);
    const lines = first.split("\n");
    const once = importEvents({ store: target, actor: "import" }, () => lines);
    expect({ seed, added: once.added }).toEqual({ seed, added: first.split("\n").length - 1 });
    expect({ seed, same: exportText(target) === first }).toEqual({ seed, same: true });
    expect(dumpProjections(target)).toBe(projections);
    target.close();

    const before = dumpAll(targetPath);
    const again = Store.open(targetPath);
    expect(importEvents({ store: again, actor: "import" }, () => lines)).toMatchObject({ added: 0, duplicates: once.added });
    again.close();
    expect(dumpAll(targetPath)).toBe(before);
  }
}, 120_000);

test("the live path refuses what import would refuse: times out of range, over-long actors, an eleven-digit session", () => {
  const store = Store.open(`${tmp.dir}/live.db`);
  const expectInvalid = (fn: () => unknown, message: RegExp) => expect(fn).toThrow(message);
  expectInvalid(() => store.append([{ stream: "log:main", kind: "x", payload: {}, ts: TS_RANGE.max + 1 }]), /out of range/);
  expectInvalid(() => store.append([{ stream: "log:main", kind: "x", payload: {}, ts: 1e300 }]), /out of range/);
  expectInvalid(() => recordEvent({ store, actor: "a".repeat(LIMITS.ref + 1) }, { kind: "x" }), /invalid actor/);
  // Session ids carry at most ten digits; the eleventh would not read back.
  expectInvalid(() => sessionIdFor("api", MAX_SESSION_NUMBER + 1), /no session numbers left/);
  const farTs = JSON.stringify({ id: "t1", stream: "log:main", kind: "x", payload: {}, ts: 1e300 });
  expectInvalid(() => importEvents({ store, actor: "a" }, () => [farTs]), /line 1: time 1e\+300 is out of range/);
  store.close();
});
