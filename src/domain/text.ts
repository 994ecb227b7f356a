import { fail } from "./errors.ts";
import { LIMITS } from "./limits.ts";

/** Rejects text no one means to store: NUL bytes and (from decoding) invalid UTF-8. */
export function cleanText(what: string, value: string, maxChars: number = LIMITS.title): string {
  if (value.includes("\u0000")) fail("invalid", `${what} contains a NUL byte`);
  if (value.length > maxChars) fail("invalid", `${what} is too long (${value.length} characters, limit ${maxChars})`);
  return value;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes from stdin or a file, refusing invalid UTF-8 instead of silently replacing it. */
export function decodeUtf8(what: string, bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return fail("invalid", `${what} is not valid UTF-8`);
  }
}

export const byteLength = (text: string): number => Buffer.byteLength(text, "utf8");

/**
 * The text's UTF-8 size when it is over `limit` bytes, else undefined. Counted only when it
 * could be (UTF-8 takes at most 3 bytes per UTF-16 unit): Buffer.byteLength's first call
 * costs a fresh process ~0.1 ms, and every append checks a size.
 */
export function bytesOver(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  const bytes = byteLength(text);
  return bytes > limit ? bytes : undefined;
}
