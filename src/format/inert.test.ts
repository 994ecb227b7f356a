import { describe, expect, test } from "bun:test";
import { displayWidth, fit, inert, inertLine, truncate, wrap } from "./inert.ts";

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("untrusted text", () => {
  test("escape sequences become visible and inert", () => {
    const hostile = "a\u001b[2J\u001b]52;c;ZXZpbA==\u0007\u001bP1$r\u001b\\\u009b31mz";
    const shown = inert(hostile);
    expect(shown).not.toMatch(RAW_CONTROL);
    expect(shown).toContain("␛[2J");
    expect(shown).toContain("\\x9b");
  });

  test("bidi overrides and invisible characters are spelled out", () => {
    expect(inert("abc\u202edcba\u200b")).toBe("abc\\u202edcba\\u200b");
  });

  test("one-line text has no newlines or tabs", () => {
    expect(inertLine("a\nb\tc\r\nd")).toBe("a⏎b c⏎d");
  });
});

describe("width-aware cutting", () => {
  test("truncate respects wide characters", () => {
    expect(truncate("日本語のテキスト", 7)).toBe("日本語…");
    expect(displayWidth(truncate("日本語のテキスト", 7))).toBeLessThanOrEqual(7);
    expect(truncate("short", 10)).toBe("short");
  });

  test("fit pads to the exact width", () => {
    expect(fit("ab", 4)).toBe("ab  ");
    expect(fit("ab", 4, "right")).toBe("  ab");
    expect(displayWidth(fit("日本語", 5))).toBe(5);
  });

  test("wrap keeps words whole and lines within width", () => {
    const lines = wrap("the quick brown fox jumps over the lazy dog", 10);
    expect(lines.every((l) => displayWidth(l) <= 10)).toBe(true);
    expect(lines.join(" ")).toBe("the quick brown fox jumps over the lazy dog");
    expect(wrap("x".repeat(25), 10)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });
});
