import { expect, test } from "bun:test";
import { CairnError } from "./errors.ts";
import { parseWhen } from "./when.ts";

const now = Date.UTC(2026, 0, 10, 12, 0, 0);

test("relative ages count back from now", () => {
  expect(parseWhen("--since", "90s", now)).toBe(now - 90_000);
  expect(parseWhen("--since", "15m", now)).toBe(now - 900_000);
  expect(parseWhen("--since", "2h", now)).toBe(now - 7_200_000);
  expect(parseWhen("--since", "7d", now)).toBe(now - 604_800_000);
});

test("ISO-8601 times and dates are absolute", () => {
  expect(parseWhen("--since", "2026-01-09T00:00:00Z", now)).toBe(Date.UTC(2026, 0, 9));
  expect(parseWhen("--since", "2026-01-09T01:00+01:00", now)).toBe(Date.UTC(2026, 0, 9));
  expect(parseWhen("--since", "2026-01-09", now)).toBe(Date.UTC(2026, 0, 9));
});

test("anything else is a usage error naming the flag", () => {
  for (const bad of ["yesterday", "15", "-5m", "2026-13-45", "1y"]) {
    expect(() => parseWhen("--until", bad, now)).toThrow(CairnError);
    expect(() => parseWhen("--until", bad, now)).toThrow(/--until/);
  }
});
