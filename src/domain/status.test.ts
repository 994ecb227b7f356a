import { describe, expect, test } from "bun:test";
import { canTransition, STATUSES, TRANSITIONS } from "./status.ts";

describe("session status transitions", () => {
  test("follow the lifecycle queued → running → waiting | review → done | failed | cancelled", () => {
    expect(canTransition("queued", "running")).toBe(true);
    expect(canTransition("running", "waiting")).toBe(true);
    expect(canTransition("running", "review")).toBe(true);
    expect(canTransition("waiting", "running")).toBe(true);
    expect(canTransition("review", "done")).toBe(true);
    expect(canTransition("running", "failed")).toBe(true);
  });

  test("refuse skipping ahead, going back, and staying put", () => {
    expect(canTransition("queued", "done")).toBe(false);
    expect(canTransition("queued", "review")).toBe(false);
    expect(canTransition("running", "queued")).toBe(false);
    for (const s of STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  test("let finished sessions be re-queued and nothing else", () => {
    for (const s of ["done", "failed", "cancelled"] as const) expect(TRANSITIONS[s]).toEqual(["queued"]);
  });

  test("cover every status", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...STATUSES].sort());
  });
});
