import { Box, Text } from "ink";
import { fit } from "../../format/inert.ts";
import { KEYMAP, keyLabel, type Binding } from "../keymap.ts";

const SCOPE_TITLE: Record<Binding["scope"], string> = {
  global: "Everywhere",
  list: "In any pane",
  projects: "Projects",
  sessions: "Sessions",
  detail: "Session",
  events: "Events",
};

/** Every binding from the keymap table, grouped by where it applies. */
export function HelpScreen(props: { width: number; height: number }) {
  const scopes = [...new Set(KEYMAP.map((b) => b.scope))];
  const lines: Array<{ text: string; bold?: boolean }> = [];
  for (const scope of scopes) {
    lines.push({ text: SCOPE_TITLE[scope], bold: true });
    for (const b of KEYMAP.filter((k) => k.scope === scope)) lines.push({ text: `  ${keyLabel(b.keys).padEnd(16)} ${b.description}` });
  }
  const inner = props.width - 4;
  // Two columns when it does not fit in one.
  const rows = props.height - 4;
  const columns = lines.length > rows ? 2 : 1;
  const perColumn = Math.ceil(lines.length / columns);
  const colWidth = Math.floor(inner / columns);
  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text bold color="cyan">
        {fit("cairn keys — ? or Esc to close", inner)}
      </Text>
      <Box>
        {Array.from({ length: columns }, (_, c) => (
          <Box key={c} flexDirection="column" width={colWidth}>
            {lines.slice(c * perColumn, (c + 1) * perColumn).slice(0, rows).map((l, i) => (
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
