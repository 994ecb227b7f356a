import { Box, Text } from "ink";
import { fit, inert, wrap } from "../../format/inert.ts";
import type { Draft } from "../input/line-editor.ts";
import { innerColumns } from "../layout.ts";
import { paint } from "../theme.ts";

export const PROMPT_MAX_LINES = 6;
// Marks the cursor inside the text while it is wrapped: a private-use character nobody types.
const CURSOR = "\ue000";

/** The draft wrapped to the prompt's width, with the cursor marked. */
export function promptLines(draft: Draft, width: number): string[] {
  return wrap(`${inert(draft.text.slice(0, draft.cursor))}${CURSOR}${inert(draft.text.slice(draft.cursor))}`, Math.max(1, width - 2));
}

/** Which lines fit: those around the cursor. */
export function promptWindow(lines: readonly string[], max = PROMPT_MAX_LINES): { from: number; to: number } {
  const at = Math.max(0, lines.findIndex((l) => l.includes(CURSOR)));
  const from = Math.max(0, Math.min(at - max + 1 + Math.floor(max / 2), lines.length - max));
  return { from, to: Math.min(lines.length, from + max) };
}

/** One line of the draft, the character under the cursor shown inverse. */
function DraftLine(props: { line: string }) {
  const at = props.line.indexOf(CURSOR);
  if (at < 0) return <Text>{props.line}</Text>;
  const after = props.line.slice(at + 1);
  const under = Array.from(after)[0] ?? " ";
  return (
    <Text>
      {props.line.slice(0, at)}
      <Text inverse>{under}</Text>
      {after.slice(under === " " && after === "" ? 0 : under.length)}
    </Text>
  );
}

/**
 * The inline prompt under the session pane: a view of the draft kept in the app state (so
 * keys arriving in one read all land, even those typed before the prompt first drew).
 */
export function Prompt(props: { label: string; draft: Draft; width: number; height: number; error: string | null }) {
  const width = innerColumns(props.width);
  const lines = promptLines(props.draft, width);
  const { from, to } = promptWindow(lines);
  const cut = lines.length > to - from ? ` · lines ${from + 1}–${to} of ${lines.length}` : "";
  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor={paint("accent")} paddingX={1}>
      <Text color={paint("accent")} bold>
        {fit(`${props.label}${cut} — Enter send · Esc cancel · Ctrl-J newline`, width)}
      </Text>
      {lines.slice(from, to).map((line, i) => (
        <Box key={i}>
          <Text>{from + i === 0 ? "› " : "  "}</Text>
          <DraftLine line={line} />
        </Box>
      ))}
      {props.error ? <Text color={paint("error")}>{fit(`✗ ${props.error}`, width)}</Text> : null}
    </Box>
  );
}
