import { fail } from "./errors.ts";
import { checkedJson, isRecord, type Json } from "./json.ts";
import { LIMITS } from "./limits.ts";

export const ROLES = ["user", "assistant", "system", "tool"] as const;
export type Role = (typeof ROLES)[number];

export const TOOL_STATES = ["pending", "running", "completed", "error"] as const;
export type ToolState = (typeof TOOL_STATES)[number];

/** A tool call: what was called, with what, what came back, and how it went. */
export type ToolPart = { type: "tool"; name: string; state: ToolState; input?: Json; output?: Json; callId?: string };

/** A tool call finished by its result, wherever the result was found: an error or completed, with what came back. */
export const finishedCall = (call: ToolPart, result: { isError: boolean; output?: Json }): ToolPart => ({
  ...call,
  state: result.isError ? "error" : "completed",
  ...(result.output !== undefined ? { output: result.output } : {}),
});

/** One piece of a message. Unknown part types are kept verbatim, never dropped. */
export type Part =
  | { type: "text"; text: string }
  | { type: "reasoning"; text: string }
  | ToolPart
  | { type: "file"; path?: string; url?: string; mime?: string; name?: string }
  | { type: string; [key: string]: Json | undefined };

export function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) fail("invalid", `invalid role ${JSON.stringify(value)}: use one of ${ROLES.join(", ")}`);
  return value as Role;
}

function checkPart(part: unknown, index: number): Part {
  const where = `part ${index + 1}`;
  if (!isRecord(part) || typeof part.type !== "string" || part.type === "") fail("invalid", `${where} must be an object with a "type"`);
  const p = part as Record<string, unknown>;
  switch (p.type) {
    case "text":
    case "reasoning":
      if (typeof p.text !== "string") fail("invalid", `${where} (${p.type}) needs a "text" string`);
      break;
    case "tool":
      if (typeof p.name !== "string" || p.name === "") fail("invalid", `${where} (tool) needs a "name"`);
      if (!(TOOL_STATES as readonly unknown[]).includes(p.state)) fail("invalid", `${where} (tool) needs a "state": ${TOOL_STATES.join(", ")}`);
      break;
    case "file":
      if (typeof p.path !== "string" && typeof p.url !== "string") fail("invalid", `${where} (file) needs a "path" or "url"`);
      break;
  }
  return p as Part;
}

/** Validates a message's parts: at least one, none empty, within size and depth limits. */
export function checkParts(parts: unknown): Part[] {
  if (!Array.isArray(parts) || parts.length === 0) fail("invalid", "a message needs at least one part");
  const list = parts as unknown[];
  if (list.length > LIMITS.parts) fail("invalid", `a message may have at most ${LIMITS.parts} parts`);
  // Loops, not .map()/.every(): this runs in every hook, where each Array builtin's first use costs ~0.2 ms.
  let empty = true;
  for (let index = 0; index < list.length; index++) {
    const p = checkPart(list[index], index);
    if ((p.type !== "text" && p.type !== "reasoning") || (p.text as string).trim() !== "") empty = false;
  }
  if (empty) fail("invalid", "message is empty");
  checkedJson("message", list, LIMITS.messageBytes);
  return list as Part[];
}

export const textPart = (text: string): Part => ({ type: "text", text });

/** A one-line summary of a message's parts, for lists and tails. */
export function summarizeParts(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      if (p.type === "text" || p.type === "reasoning") return String(p.text);
      if (p.type === "tool") return `[${String(p.name)}: ${String(p.state)}]`;
      if (p.type === "file") return `[file ${String(p.path ?? p.url)}]`;
      return `[${p.type}]`;
    })
    .join(" ");
}

/** A title from the first line of a message's text (at most 80 characters), if it has any. */
export function titleFromText(message: string | readonly Part[] | undefined): string | undefined {
  let text: unknown = typeof message === "string" ? message : undefined;
  // A loop, not .find(): hooks name sessions with this (an Array builtin's first use costs ~0.2 ms).
  for (const p of typeof message === "string" ? [] : (message ?? [])) {
    if (p.type === "text") {
      text = (p as { text?: unknown }).text;
      break;
    }
  }
  const line = typeof text === "string" ? text.trim().split("\n")[0]!.trim() : "";
  return line ? line.slice(0, 80) : undefined;
}

/** A short one-line view of a tool call's input: its command, path or pattern when it has one. */
export function toolSummary(input: unknown): string {
  if (input && typeof input === "object" && !Array.isArray(input)) {
    const record = input as Record<string, unknown>;
    for (const key of ["command", "file_path", "path", "pattern", "url", "query", "description", "prompt"]) {
      if (typeof record[key] === "string") return (record[key] as string).split("\n")[0]!.slice(0, 120);
    }
  }
  return (JSON.stringify(input) ?? "").slice(0, 120);
}
