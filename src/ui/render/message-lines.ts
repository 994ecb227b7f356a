import { toolSummary, type Part } from "../../domain/message.ts";
import { inert, inertLine, truncate, wrap } from "../../format/inert.ts";
import { shortTime } from "../../format/time.ts";
import type { Message } from "../../store/rows.ts";
import type { ColorRole } from "../theme.ts";
import type { Line } from "./lines.ts";

/** Display caps: a 256 KiB message must not cost a 256 KiB wrap on every refresh. */
const MAX_CHARS = 8_000;
const MAX_PART_LINES = 40;

export const TOOL_STATE_COLOR: Record<string, ColorRole> = { completed: "ok", error: "error", running: "warn", pending: "muted" };

function block(text: string, width: number, indent: string, style: Omit<Line, "text"> = {}): Line[] {
  const clipped = text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…` : text;
  const lines = wrap(inert(clipped), Math.max(1, width - indent.length));
  const shown = lines.slice(0, MAX_PART_LINES).map((l) => ({ ...style, text: indent + l }));
  if (lines.length > MAX_PART_LINES) shown.push({ text: `${indent}… ${lines.length - MAX_PART_LINES} more lines`, dim: true });
  return shown;
}

const asText = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value, null, 2) ?? "");

function partLines(part: Part, width: number, expanded: boolean): Line[] {
  switch (part.type) {
    case "text":
      return block(String(part.text), width, "  ");
    case "reasoning":
      return block(`thinking: ${String(part.text)}`, width, "  ", { dim: true });
    case "tool": {
      const state = String(part.state);
      const head: Line = { text: truncate(`  ${expanded ? "▾" : "▸"} ${inertLine(String(part.name))} · ${state} · ${inertLine(toolSummary(part.input))}`, width), color: TOOL_STATE_COLOR[state] };
      if (!expanded) return [head];
      return [
        head,
        ...(part.input === undefined ? [] : [{ text: "      input:", dim: true }, ...block(asText(part.input), width, "      ")]),
        ...(part.output === undefined ? [] : [{ text: "      output:", dim: true }, ...block(asText(part.output), width, "      ")]),
      ];
    }
    case "file":
      return [{ text: truncate(`  ▤ ${inertLine(String(part.path ?? part.url))}${part.mime ? ` (${inertLine(String(part.mime))})` : ""}`, width), color: "file" }];
    default:
      return [{ text: truncate(`  [${inertLine(part.type)}] ${inertLine(JSON.stringify(part))}`, width), dim: true }];
  }
}

/** The screen lines of one message: a header (role, time), then its parts. */
export function messageLines(message: Message, number: number, width: number, options: { expanded: boolean; selected: boolean }): Line[] {
  const header: Line = {
    text: truncate(`${options.selected ? "›" : " "} ${number} ${message.role} · ${shortTime(message.createdAt)}`, width),
    color: message.role,
    bold: true,
    inverse: options.selected,
  };
  return [header, ...message.parts.flatMap((p) => partLines(p, width, options.expanded))];
}
