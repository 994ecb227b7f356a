import { Box, Text } from "ink";
import { fit, inertLine } from "../../format/inert.ts";
import type { Draft } from "../input/line-editor.ts";
import type { ReaderPage } from "../reader.ts";
import { paint } from "../theme.ts";
import { Lines } from "./pane.tsx";

/** Rows the reader gives to text: the screen less its border, title and search line. */
export const readerRows = (height: number): number => Math.max(1, height - 4);

/** One message in full, scrolled by line, with the lines matching the search marked. */
export function ReaderScreen(props: { page: ReaderPage | undefined; title: string; top: number; search: string; hit: number | null; searching: Draft | null; width: number; height: number }) {
  const inner = props.width - 4;
  const rows = readerRows(props.height);
  const lines = props.page?.lines ?? [];
  const shown = lines.slice(props.top, props.top + rows);
  const needle = props.search.toLowerCase();
  // Every match is marked; the one n/N stand on is bold too.
  const marked = shown.map((l, i) => (needle && l.text.toLowerCase().includes(needle) ? { ...l, inverse: true, bold: props.top + i === props.hit } : l));
  const position = lines.length === 0 ? "empty" : `lines ${props.top + 1}–${props.top + shown.length} of ${lines.length}`;
  const bottom = props.searching ? `/${inertLine(props.searching.text)}▏  Enter find · Esc cancel` : `${position}${props.search ? ` · /${inertLine(props.search)} (n/N)` : ""} · j/k PgUp/PgDn g/G · / search · o $PAGER · y copy · q close`;
  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor={paint("accent")} paddingX={1}>
      <Text bold color={paint("accent")}>
        {fit(inertLine(props.title), inner)}
      </Text>
      <Box height={rows} flexDirection="column">
        {props.page ? <Lines lines={marked} width={inner} /> : <Text dimColor>{fit("this message is gone", inner)}</Text>}
      </Box>
      <Text dimColor={!props.searching} color={props.searching ? paint("accent") : undefined}>
        {fit(bottom, inner)}
      </Text>
    </Box>
  );
}
