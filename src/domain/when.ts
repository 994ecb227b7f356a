import { fail } from "./errors.ts";

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const AGE = /^(\d{1,9})(s|m|h|d|w)$/;
const ISO = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A WHEN argument: ISO-8601 time or a relative age like `15m`, as epoch milliseconds. */
export function parseWhen(flag: string, value: string, now: number = Date.now()): number {
  const age = AGE.exec(value);
  if (age) return now - Number(age[1]) * UNIT_MS[age[2]!]!;
  if (ISO.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  return fail("usage", `invalid ${flag} ${JSON.stringify(value)}: use an ISO-8601 time (2026-01-31T12:00Z) or an age like 90s, 15m, 2h, 7d`);
}

/**
 * The times an event may carry: those whose ISO-8601 form has a four-digit year, which is
 * what export writes and import reads back (0000-01-01 to 9999-12-31, whole milliseconds).
 */
export const TS_RANGE = { min: -62_167_219_200_000, max: 253_402_300_799_999 } as const;

export const isTsInRange = (ts: number): boolean => Number.isInteger(ts) && ts >= TS_RANGE.min && ts <= TS_RANGE.max;

export function checkTs(ts: number): number {
  if (!isTsInRange(ts)) fail("invalid", `time ${ts} is out of range: whole milliseconds between 0000-01-01 and 9999-12-31`);
  return ts;
}

/** A time as ISO-8601; one out of range (left by an older cairn) as its number, so views never fail on it. */
export const isoTime = (ms: number): string => (isTsInRange(ms) ? new Date(ms).toISOString() : String(ms));
