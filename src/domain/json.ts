import { fail } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { byteLength, bytesOver } from "./text.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON object from an agent's wire or files, read field by field. */
export type Rec = Record<string, any>;
export const isRecord = (v: unknown): v is Rec => v !== null && typeof v === "object" && !Array.isArray(v);

/** Depth of a parsed JSON value, stopping as soon as the limit is passed. */
function tooDeep(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Checks size, depth and NUL bytes of a JSON value and returns its canonical text. */
export function checkedJson(what: string, value: unknown, maxBytes: number): string {
  if (tooDeep(value, LIMITS.jsonDepth)) fail("invalid", `${what} is nested deeper than ${LIMITS.jsonDepth} levels`);
  const text = JSON.stringify(value);
  if (text === undefined) fail("invalid", `${what} is not JSON`);
  if (text.includes("\\u0000")) fail("invalid", `${what} contains a NUL byte`);
  const bytes = bytesOver(text, maxBytes);
  if (bytes !== undefined) fail("invalid", `${what} is too large (${bytes} bytes, limit ${maxBytes})`);
  return text;
}

/** Most bytes of payload text read (stdin, --payload) before it is parsed and measured compactly. */
export const PAYLOAD_TEXT_BYTES = 2 * LIMITS.payloadBytes;

/** Parses JSON text given by a person or agent into an object payload. */
export function parsePayload(text: string): Record<string, Json> {
  // The limit is on the payload as stored (compact JSON, checked by the command); the text may
  // carry layout or a trailing newline on top, up to as much again.
  const bytes = byteLength(text);
  if (bytes > PAYLOAD_TEXT_BYTES) fail("invalid", `payload text is too large (${bytes} bytes; the payload itself may have ${LIMITS.payloadBytes})`);
  // A cheap bracket-depth scan first: JSON.parse on 10,000 nested arrays is fine, but we refuse it anyway.
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > LIMITS.jsonDepth) fail("invalid", `payload is nested deeper than ${LIMITS.jsonDepth} levels`);
    } else if (c === "}" || c === "]") depth--;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail("invalid", `payload is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    fail("invalid", "payload must be a JSON object, like {\"task\":\"build\"}");
  }
  refuseInexactNumbers("payload", text);
  return value as Record<string, Json>; // recordEvent checks size, depth and NUL bytes
}

/** A payload as a command receives it: a plain JSON object within the limits. */
export function checkedPayload(value: unknown): Record<string, Json> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail("invalid", "payload must be a JSON object");
  checkedJson("payload", value, LIMITS.payloadBytes);
  return value as Record<string, Json>;
}

// C1 controls, bidi and invisible format characters, line/paragraph separators: valid in JSON
// strings, but a terminal acts on some of them and they hide or reorder text. Only strings
// can hold them, so escaping them keeps the JSON valid and the data the same.
const UNSAFE_IN_OUTPUT = /[\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;
const escapeUnit = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** JSON text for output (stdout, export files): JSON.stringify with terminal-unsafe characters as \uXXXX. */
export function jsonText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(UNSAFE_IN_OUTPUT, escapeUnit);
}

const NUMBER_TOKEN = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Only these can lose something in a double: 16+ digits, an exponent, or a negative zero; and
// only as a value (at the start, or after `:`, `,` or `[`). Without that, the ids in every agent
// payload ("0b5e55ed-0000-…" has both "5e" and "-0") sent each one through the scan below.
const MAYBE_INEXACT = /(?:^|[:,[])\s*(?:-0(?![.\d]*[1-9])|-?[\d.]*(?:\d{16}|\d[eE]))/;

/** A decimal number's value as sign, digits and exponent with no leading or trailing zeros. */
function decimal(text: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  let digits = (m[2]! + (m[3] ?? "")).replace(/^0+/, "");
  let exponent = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  if (digits === "") return "0";
  while (digits.endsWith("0")) {
    digits = digits.slice(0, -1);
    exponent++;
  }
  return `${m[1]}${digits}e${exponent}`;
}

/** Whether a JSON number reads back as itself: not 2^53+1, 1e400, -0 or 0.1000000000000000055511. */
const exactNumber = (token: string): boolean => {
  const n = Number(token);
  return Number.isFinite(n) && !Object.is(n, -0) && decimal(token) === decimal(String(n));
};

/** The number tokens of JSON text that a double cannot carry exactly, with where they are. */
export function inexactNumbers(text: string): Array<{ start: number; token: string }> {
  const found: Array<{ start: number; token: string }> = [];
  if (!MAYBE_INEXACT.test(text)) return found;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92 /* \ */) i++;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57)) {
      NUMBER_TOKEN.lastIndex = i;
      const token = NUMBER_TOKEN.exec(text)?.[0];
      if (!token) continue;
      if (!exactNumber(token)) found.push({ start: i, token });
      i += token.length - 1;
    }
  }
  return found;
}

/** Refuses JSON text with a number that would be stored as another (the same on every path people write). */
export function refuseInexactNumbers(what: string, text: string): void {
  const [first] = inexactNumbers(text);
  if (first) fail("invalid", `${what} has the number ${first.token.slice(0, 40)}, which JSON numbers cannot hold exactly: send it as a string`);
}

/** JSON text with such numbers turned into strings of their original text: for agent payloads, which are never refused. */
export function inexactNumbersAsText(text: string): string {
  const found = inexactNumbers(text);
  let out = "";
  let at = 0;
  for (const { start, token } of found) {
    out += `${text.slice(at, start)}"${token}"`;
    at = start + token.length;
  }
  return found.length ? out + text.slice(at) : text;
}
