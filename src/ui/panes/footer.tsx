import { Box, Text } from "ink";
import { displayWidth, fit, inertLine } from "../../format/inert.ts";
import type { Draft } from "../input/line-editor.ts";
import { footerBindings, keyLabel, type PaneId } from "../keymap.ts";
import { modeScope } from "../modal-keys.ts";
import type { AppState } from "../state/app-state.ts";
import { paint } from "../theme.ts";

/** The focused pane's keys (from the keymap), or what the current mode needs: a filter, a question, an error. */
export function Footer(props: { focus: PaneId; mode: AppState["mode"]; notice: AppState["notice"]; filter: Draft; width: number }) {
  const { mode, notice, width } = props;
  if (mode.kind === "filter") {
    return (
      <Text>
        <Text color={paint("accent")}>{`/${inertLine(props.filter.text.slice(0, props.filter.cursor))}`}</Text>
        <Text inverse>{props.filter.text.slice(props.filter.cursor, props.filter.cursor + 1) || " "}</Text>
        <Text color={paint("accent")}>{inertLine(props.filter.text.slice(props.filter.cursor + 1))}</Text>
        <Text dimColor>{fit("  Enter keep · Esc clear", Math.max(0, width - displayWidth(inertLine(props.filter.text)) - 2))}</Text>
      </Text>
    );
  }
  if (mode.kind === "command") {
    return (
      <Text>
        <Text color={paint("accent")}>{`:${inertLine(mode.draft.text.slice(0, mode.draft.cursor))}`}</Text>
        <Text inverse>{mode.draft.text.slice(mode.draft.cursor, mode.draft.cursor + 1) || " "}</Text>
        <Text color={paint("accent")}>{inertLine(mode.draft.text.slice(mode.draft.cursor + 1))}</Text>
        {mode.error ? <Text color={paint("error")}>{fit(`  ✗ ${inertLine(mode.error)}`, Math.max(0, width - displayWidth(inertLine(mode.draft.text)) - 2))}</Text> : <Text dimColor>{fit("  Tab complete · Enter run · Esc close", Math.max(0, width - displayWidth(inertLine(mode.draft.text)) - 2))}</Text>}
      </Text>
    );
  }
  if (mode.kind === "confirm") {
    return (
      <Text color={paint("warn")} bold>
        {fit(`${inertLine(mode.question)}  y yes · n/Esc no`, width)}
      </Text>
    );
  }
  if (notice) {
    return <Text color={paint(notice.level === "error" ? "error" : "ok")}>{fit(`${notice.level === "error" ? "✗" : "✓"} ${inertLine(notice.text)}`, width)}</Text>;
  }
  const scope = modeScope(mode);
  if (scope) return <Text dimColor>{fit(` ${footerBindings(scope).map((b) => `${keyLabel(b.keys)} ${b.description}`).join(" · ")}`, width)}</Text>;
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
