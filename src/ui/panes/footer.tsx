import { Box, Text } from "ink";
import { fit, inertLine } from "../../format/inert.ts";
import { footerBindings, keyLabel, type PaneId } from "../keymap.ts";
import type { AppState } from "../state/app-state.ts";

/** The focused pane's keys (from the keymap), or what the current mode needs: a filter, a question, an error. */
export function Footer(props: { focus: PaneId; mode: AppState["mode"]; notice: AppState["notice"]; filter: string; width: number }) {
  const { mode, notice, width } = props;
  if (mode.kind === "filter") {
    return (
      <Text>
        <Text color="cyan">{`/${inertLine(props.filter)}`}</Text>
        <Text inverse> </Text>
        <Text dimColor>{fit("  Enter keep · Esc clear", Math.max(0, width - props.filter.length - 2))}</Text>
      </Text>
    );
  }
  if (mode.kind === "confirm") {
    return (
      <Text color="yellow" bold>
        {fit(`${inertLine(mode.question)}  y yes · n/Esc no`, width)}
      </Text>
    );
  }
  if (notice) {
    return <Text color={notice.level === "error" ? "red" : "green"}>{fit(`${notice.level === "error" ? "✗" : "✓"} ${inertLine(notice.text)}`, width)}</Text>;
  }
  // Pane keys on the left; the ways out (help, quit) always visible on the right.
  const bindings = footerBindings(props.focus);
  const always = bindings.filter((b) => b.scope === "global");
  const keys = bindings.filter((b) => b.scope !== "global").map((b) => `${keyLabel(b.keys)} ${b.description}`);
  const right = ` ${always.map((b) => `${keyLabel(b.keys)} ${b.description}`).join(" · ")} `;
  return (
    <Box>
      <Text dimColor>{fit(` ${[...keys, "Tab pane"].join(" · ")}`, Math.max(0, width - right.length))}</Text>
      <Text>{right}</Text>
    </Box>
  );
}
