import { Box, Text } from "ink";
import { fit } from "../../format/inert.ts";
import { bindings, keyLabel, SCOPE_TITLE, type Scope } from "../keymap.ts";
import { paint } from "../theme.ts";

const KEY_WIDTH = 18;
const MIN_COLUMN = 44;

/** The help screen's lines: every binding of the keymap, grouped by where it applies. */
export function helpLines(): Array<{ text: string; bold: boolean }> {
  return (Object.keys(SCOPE_TITLE) as Scope[]).flatMap((scope) => [
    { text: SCOPE_TITLE[scope], bold: true },
    ...bindings().filter((k) => k.scope === scope).map((b) => ({ text: `  ${fit(keyLabel(b.keys), KEY_WIDTH)} ${b.description}`, bold: false })),
  ]);
}

/** Every binding from the keymap table, in as many columns as fit, scrolled to `top`. */
export function HelpScreen(props: { width: number; height: number; top: number }) {
  const rows = Math.max(1, props.height - 4);
  const inner = props.width - 4;
  const count = Math.max(1, Math.floor(inner / MIN_COLUMN));
  const all = helpLines();
  const lines = all.slice(props.top, props.top + count * rows);
  const columns = Array.from({ length: count }, (_, c) => lines.slice(c * rows, (c + 1) * rows));
  const colWidth = Math.floor(inner / count);
  const more = all.length > props.top + lines.length ? " · j/PgDn for more" : "";
  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor={paint("accent")} paddingX={1}>
      <Text bold color={paint("accent")}>
        {fit(`cairn keys — ? or Esc to close${more}`, inner)}
      </Text>
      <Box>
        {columns.map((column, c) => (
          <Box key={c} flexDirection="column" width={colWidth}>
            {column.map((l, i) => (
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
