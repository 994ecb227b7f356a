import { expect, test } from "bun:test";
import { Store } from "../../store/store.ts";
import { eventRate } from "../../store/queries.ts";
import { tempDir } from "../../testing/harness.ts";
import { addProject } from "../../commands/project.ts";
import { newSession } from "../../commands/session.ts";
import { perSecond, sparkline } from "./sparkline.ts";

test("bars scale to the busiest span; any event shows above the baseline", () => {
  expect(sparkline([0, 1, 2, 4, 8, 0])).toBe("▁▂▃▅█▁");
  expect(sparkline([0, 0, 0])).toBe("▁▁▁");
  expect(sparkline([1, 100])).toBe("▂█");
});

test("the rate reads as events per second", () => {
  expect(perSecond(6, 60_000)).toBe("0.1/s");
  expect(perSecond(0, 60_000)).toBe("0/s");
  expect(perSecond(2, 60_000)).toBe("<0.1/s");
  expect(perSecond(1200, 60_000)).toBe("20/s");
});

test("arrivals are counted per span of time, of one session when asked", () => {
  const tmp = tempDir();
  const store = Store.open(tmp.db);
  addProject({ store, actor: "t" }, { id: "api" });
  newSession({ store, actor: "t" }, { project: "api", title: "one" });
  const now = Date.now() + 3_600_000;
  const at = (ago: number, session: string | null) => ({ stream: "agent:a", kind: "tick", payload: {}, ts: now - ago, session });
  // 25 s ago: 1; 12 s ago: 2 (one of them api-1's); 3 s ago: 3 (two of api-1's); a minute ago: outside.
  store.append([at(70_000, null), at(25_000, null), at(12_000, "api-1"), at(12_000, null), at(3_000, "api-1"), at(3_000, "api-1"), at(3_000, null)]);
  expect(eventRate(store, now, 5_000, 6)).toEqual([0, 1, 0, 2, 0, 3]);
  expect(eventRate(store, now, 5_000, 6, "api-1")).toEqual([0, 0, 0, 1, 0, 2]);
  store.close();
  tmp.cleanup();
});
