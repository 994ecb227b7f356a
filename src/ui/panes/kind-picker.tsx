import { Text } from "ink";
import { fit, inertLine } from "../../format/inert.ts";
import { innerColumns, innerRows } from "../layout.ts";
import { scrollTo } from "../state/app-state.ts";
import { Pane } from "./pane.tsx";

/** The event kinds with their counts; space shows or hides the one chosen, at once. */
export function KindPicker(props: { kinds: ReadonlyArray<{ kind: string; count: number }>; hidden: readonly string[]; index: number; session: string | null; width: number; height: number }) {
  const width = innerColumns(props.width);
  const rows = innerRows(props.height);
  const index = Math.min(props.index, props.kinds.length - 1);
  const offset = scrollTo(0, index, rows);
  const countWidth = Math.max(1, ...props.kinds.map((k) => k.count.toLocaleString("en-US").length));
  const shown = props.kinds.length - props.kinds.filter((k) => props.hidden.includes(k.kind)).length;
  return (
    <Pane title={`event kinds${props.session ? ` of ${inertLine(props.session)}` : ""} (${shown} of ${props.kinds.length} shown) — Space show/hide · a all · Enter close`} focused width={props.width} height={props.height}>
      {props.kinds.length === 0 ? (
        <Text dimColor>{fit("no events yet", width)}</Text>
      ) : (
        props.kinds.slice(offset, offset + rows).map((k, i) => {
          const chosen = offset + i === index;
          const mark = props.hidden.includes(k.kind) ? "[ ]" : "[x]";
          return (
            <Text key={k.kind} inverse={chosen} bold={chosen}>
              {fit(`${chosen ? "›" : " "} ${mark} ${fit(k.count.toLocaleString("en-US"), countWidth, "right")}  ${inertLine(k.kind)}`, width)}
            </Text>
          );
        })
      )}
    </Pane>
  );
}
