import { Box, Text } from "ink";
import type { ReactNode } from "react";
import { fit } from "../../format/inert.ts";
import { colorsOn, paint } from "../theme.ts";
import type { Line } from "../render/lines.ts";

/** A bordered pane with a title row; the focused one is highlighted. */
export function Pane(props: { title: string; focused: boolean; width: number; height: number; number?: number; children?: ReactNode }) {
  const title = `${props.number ? `${props.number} ` : ""}${props.title}`;
  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor={paint(props.focused ? "accent" : "muted")} paddingX={1} overflow="hidden">
      <Text bold color={props.focused ? paint("accent") : undefined} underline={props.focused && !colorsOn()} wrap="truncate">
        {fit(title, props.width - 4)}
      </Text>
      {props.children}
    </Box>
  );
}

/**
 * Pre-cut lines as one text node: Ink lays out and measures a pane once instead of once per
 * line, and never has to wrap, since every line already fits.
 */
export function Lines(props: { lines: readonly Line[]; width: number }) {
  const last = props.lines.length - 1;
  return (
    <Text>
      {props.lines.map((line, i) => (
        <Text key={i} color={paint(line.color)} dimColor={line.dim} bold={line.bold} inverse={line.inverse}>
          {fit(line.text, props.width) + (i < last ? "\n" : "")}
        </Text>
      ))}
    </Text>
  );
}

/** A placeholder line for an empty pane. */
export const Empty = (props: { text: string; width: number }) => (
  <Text dimColor wrap="truncate">
    {fit(props.text, props.width)}
  </Text>
);
