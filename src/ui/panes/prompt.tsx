import { Box, Text, useInput, usePaste } from "ink";
import { useState } from "react";
import { fit, inert, wrap } from "../../format/inert.ts";
import { innerColumns } from "../layout.ts";

export const PROMPT_MAX_LINES = 6;

/**
 * The inline prompt under the session pane. Its text is its own state: typing re-renders
 * only this component, never the panes around it.
 */
export function Prompt(props: {
  label: string;
  width: number;
  height: number;
  error: string | null;
  onSubmit: (text: string) => void;
  onCancel: () => void;
  onQuit: () => void;
  onLines: (lines: number) => void;
}) {
  const [text, setText] = useState("");
  const width = innerColumns(props.width);
  const update = (next: string) => {
    setText(next);
    props.onLines(next.split("\n").length);
  };

  useInput((input, key) => {
    if (key.ctrl && input === "c") return props.onQuit();
    if (key.escape) return props.onCancel();
    if (key.return && !key.meta) {
      if (text.trim() !== "") props.onSubmit(text);
      return;
    }
    if ((key.ctrl && input === "j") || (key.return && key.meta)) return update(`${text}\n`);
    if (key.ctrl && input === "u") return update("");
    if (key.backspace || key.delete) return update(text.slice(0, -1));
    if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return;
    if (input) update(text + input.replace(/\r\n?/g, "\n"));
  });
  usePaste((pasted) => update(text + pasted.replace(/\r\n?/g, "\n")));

  const lines = wrap(inert(text), Math.max(1, width - 2));
  const shown = lines.slice(-PROMPT_MAX_LINES);
  return (
    <Box flexDirection="column" width={props.width} height={props.height} borderStyle="round" borderColor="cyan" paddingX={1}>
      <Text color="cyan" bold>
        {fit(`${props.label} — Enter send · Esc cancel · Ctrl-J newline`, width)}
      </Text>
      {shown.map((line, i) => (
        <Text key={i}>
          {i === 0 && lines.length === shown.length ? "› " : "  "}
          {line}
          {i === shown.length - 1 ? <Text inverse> </Text> : null}
        </Text>
      ))}
      {props.error ? <Text color="red">{fit(`✗ ${props.error}`, width)}</Text> : null}
    </Box>
  );
}
