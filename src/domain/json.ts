import { fail } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { byteLength } from "./text.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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
  const bytes = byteLength(text);
  if (bytes > maxBytes) fail("invalid", `${what} is too large (${bytes} bytes, limit ${maxBytes})`);
  return text;
}

/** Parses JSON text given by a person or agent into an object payload. */
export function parsePayload(text: string): Record<string, Json> {
  const bytes = byteLength(text);
  if (bytes > LIMITS.payloadBytes) fail("invalid", `payload is too large (${bytes} bytes, limit ${LIMITS.payloadBytes})`);
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
  return value as Record<string, Json>; // recordEvent checks size, depth and NUL bytes
}

/** A payload as a command receives it: a plain JSON object within the limits. */
export function checkedPayload(value: unknown): Record<string, Json> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail("invalid", "payload must be a JSON object");
  checkedJson("payload", value, LIMITS.payloadBytes);
  return value as Record<string, Json>;
}
