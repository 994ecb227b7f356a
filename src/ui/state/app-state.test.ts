import { describe, expect, test } from "bun:test";
import { initialState, reduce, scrollTo } from "./app-state.ts";

describe("app state", () => {
  test("Tab order wraps around the four panes", () => {
    let s = initialState();
    const seen = [];
    for (let i = 0; i < 5; i++) {
      seen.push(s.focus);
      s = reduce(s, { type: "focusStep", by: 1 });
    }
    expect(seen).toEqual(["projects", "sessions", "detail", "events", "projects"]);
    expect(reduce(initialState(), { type: "focusStep", by: -1 }).focus).toBe("events");
  });

  test("choosing another project forgets the session and its scroll", () => {
    let s = reduce(initialState("api"), { type: "selectSession", session: "api-3", offset: 4 });
    s = reduce(s, { type: "selectMessage", position: 2 });
    s = reduce(s, { type: "selectProject", project: "web", offset: 0 });
    expect([s.session, s.sessionsOffset, s.detailSelected]).toEqual([null, 0, null]);
  });

  test("pausing the events tail remembers where the head was; following forgets the selection", () => {
    let s = reduce(initialState(), { type: "eventsSelect", seq: 40, row: 3, head: 50 });
    expect(s.events).toMatchObject({ follow: false, selectedSeq: 40, pausedHead: 50 });
    s = reduce(s, { type: "eventsSelect", seq: 39, row: 2, head: 45 });
    expect(s.events.pausedHead).toBe(50);
    s = reduce(s, { type: "eventsFollow" });
    expect(s.events).toMatchObject({ follow: true, selectedSeq: null });
  });

  test("expanding a message twice closes it", () => {
    let s = reduce(initialState(), { type: "toggleExpanded", message: "m1" });
    expect(s.expanded).toEqual(["m1"]);
    s = reduce(s, { type: "toggleExpanded", message: "m1" });
    expect(s.expanded).toEqual([]);
  });

  test("scrollTo keeps the cursor inside the window", () => {
    expect(scrollTo(0, 5, 10)).toBe(0);
    expect(scrollTo(0, 12, 10)).toBe(3);
    expect(scrollTo(8, 3, 10)).toBe(3);
  });
});
