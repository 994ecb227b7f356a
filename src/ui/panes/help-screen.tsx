import { Box, Text } from "ink";
import { fit } from "../../format/inert.ts";
import { paint } from "../theme.ts";
import { KEYMAP, keyLabel, type Binding } from "../keymap.ts";

const SCOPE_TITLE: Record<Binding["scope"], string> = {
  global: "Everywhere",
  list: "In any pane",
  projects: "Projects",
  sessions: "Sessions",
  detail: "Session",
  events: "Events",
};

/** Every binding from the keymap table, grouped by where it applies; a group never splits across columns. */
export function HelpScreen(props: { width: number; height: number }) {
  const keyWidth = Math.max(...KEYMAP.map((b) => keyLabel(b.keys).length)) + 2;
  const groups = [...new Set(KEYMAP.map((b) => b.scope))].map((scope) => [
    { text: SCOPE_TITLE[scope], bold: true },
    ...KEYMAP.filter((k) => k.scope === scope).map((b) => ({ text: `  ${keyLabel(b.keys).padEnd(keyWidth)}${b.description}`, bold: false })),
  ]);
  const rows = props.height - 4;
  const columns: Array<Array<{ text: string; bold: boolean }>> = [[]];
  for (const group of groups) {
    if (columns.at(-1)!.length > 0 && columns.at(-1)!.length + group.length > rows) columns.push([]);
    columns.at(-1)!.push(...group);
  }
  const inner = props.width - 4;
  const colWidth = Math.floor(inner / columns.length);
  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor={paint("accent")} paddingX={1}>
      <Text bold color={paint("accent")}>
        {fit("cairn keys — ? or Esc to close", inner)}
      </Text>
      <Box>
        {columns.map((lines, c) => (
          <Box key={c} flexDirection="column" width={colWidth}>
            {lines.slice(0, rows).map((l, i) => (
              <Text key={i} bold={l.bold} wrap="truncate">
                {fit(l.text, colWidth - 1)}
              </Text>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
