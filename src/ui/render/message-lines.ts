import { toolSummary, type Part } from "../../domain/message.ts";
import { inert, inertLine, truncate, wrap } from "../../format/inert.ts";
import { deliveryNote } from "../../format/records.ts";
import { shortTime } from "../../format/time.ts";
import type { Message } from "../../store/rows.ts";
import type { ColorRole } from "../theme.ts";
import type { Line } from "./lines.ts";

/** Display caps: a 256 KiB message must not cost a 256 KiB wrap on every refresh. */
const MAX_CHARS = 8_000;
const MAX_PART_LINES = 40;

export const TOOL_STATE_COLOR: Record<string, ColorRole> = { completed: "ok", error: "error", running: "warn", pending: "muted" };

/**
 * A part's text as screen lines. In the session pane it is cut (a few dozen lines, and never
 * wrapping more than MAX_CHARS); `full` gives every line, for the reader.
 */
function block(text: string, width: number, indent: string, style: Omit<Line, "text">, full: boolean): Line[] {
  const clipped = !full && text.length > MAX_CHARS;
  const lines = wrap(inert(clipped ? text.slice(0, MAX_CHARS) : text), Math.max(1, width - indent.length));
  if (full) return lines.map((l) => ({ ...style, text: indent + l }));
  const shown = lines.slice(0, MAX_PART_LINES).map((l) => ({ ...style, text: indent + l }));
  // Past MAX_CHARS the lines were not all wrapped, so the count is in characters: exact, and cheap.
  const rest = clipped ? `${(text.length - MAX_CHARS).toLocaleString("en-US")} more characters` : lines.length > MAX_PART_LINES ? `${lines.length - MAX_PART_LINES} more lines` : "";
  if (rest) shown.push({ text: `${indent}… ${rest} · v reads it all`, dim: true });
  return shown;
}

const asText = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value, null, 2) ?? "");

function partLines(part: Part, width: number, expanded: boolean, full: boolean): Line[] {
  switch (part.type) {
    case "text":
      return block(String(part.text), width, "  ", {}, full);
    case "reasoning":
      return block(`thinking: ${String(part.text)}`, width, "  ", { dim: true }, full);
    case "tool": {
      const state = String(part.state);
      const head: Line = { text: truncate(`  ${expanded ? "▾" : "▸"} ${inertLine(String(part.name))} · ${state} · ${inertLine(toolSummary(part.input))}`, width), color: TOOL_STATE_COLOR[state] };
      if (!expanded) return [head];
      return [
        head,
        ...(part.input === undefined ? [] : [{ text: "      input:", dim: true }, ...block(asText(part.input), width, "      ", {}, full)]),
        ...(part.output === undefined ? [] : [{ text: "      output:", dim: true }, ...block(asText(part.output), width, "      ", {}, full)]),
      ];
    }
    case "file":
      return [{ text: truncate(`  ▤ ${inertLine(String(part.path ?? part.url))}${part.mime ? ` (${inertLine(String(part.mime))})` : ""}`, width), color: "file" }];
    default:
      return [{ text: truncate(`  [${inertLine(part.type)}] ${inertLine(JSON.stringify(part))}`, width), dim: true }];
  }
}

/** The screen lines of one message: a header (role, time), then its parts. */
export function messageLines(message: Message, number: number, width: number, options: { expanded: boolean; selected: boolean; full?: boolean }): Line[] {
  const header: Line = {
    text: truncate(`${options.selected ? "›" : " "} ${number} ${message.role} · ${shortTime(message.createdAt)}${message.delivery ? ` · ${deliveryNote(message.delivery)}` : ""}`, width),
    color: message.role,
    bold: true,
    inverse: options.selected,
  };
  return [header, ...message.parts.flatMap((p) => partLines(p, width, options.expanded, options.full ?? false))];
}

/** A message as plain text, for the clipboard and $PAGER: parts one after another. */
export function messageText(message: Message): string {
  return message.parts
    .map((p) => {
      if (p.type === "text" || p.type === "reasoning") return String(p.text);
      if (p.type === "tool") return [`[${String(p.name)} · ${String(p.state)}]`, p.input === undefined ? "" : asText(p.input), p.output === undefined ? "" : asText(p.output)].filter(Boolean).join("\n");
      return JSON.stringify(p);
    })
    .join("\n\n");
}
