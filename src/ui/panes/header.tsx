import { Box, Text } from "ink";
import { memo } from "react";
import { countRender } from "../render-count.ts";
import { fit, inertLine } from "../../format/inert.ts";
import { paint } from "../theme.ts";

/** Database, counts, and whether we are live. */
export const Header = memo(function Header(props: {
  dbPath: string;
  totals: { projects: number; sessions: number; events: number; waiting: number; failed: number };
  width: number;
  live: boolean;
  /** The database file was removed or replaced since the UI opened it. */
  fileChange?: "removed" | "replaced";
}) {
  countRender("Header");
  const counts = `${props.totals.projects} projects · ${props.totals.sessions} sessions · ${props.totals.events} events`;
  const right = `${counts}  `;
  // What needs the person, across every project: the first thing to look at.
  const needs = [props.totals.waiting > 0 ? `${props.totals.waiting} waiting` : "", props.totals.failed > 0 ? `${props.totals.failed} failed` : ""].filter(Boolean).join(" · ");
  const needsText = needs ? `${needs}  ` : "";
  const left = ` cairn  ${inertLine(props.dbPath)}`;
  const status = props.fileChange ? `● file ${props.fileChange}: restart cairn` : props.live ? "● live" : "● paused";
  // One column stays free before what follows the path, which may be cut.
  const room = Math.max(0, props.width - right.length - status.length - needsText.length - 1);
  return (
    <Box width={props.width}>
      <Text bold color={paint("accent")}>
        {fit(left, room)}{" "}
      </Text>
      <Text bold color={paint("warn")}>
        {needsText}
      </Text>
      <Text dimColor>{right}</Text>
      <Text color={paint(props.fileChange ? "error" : props.live ? "ok" : "warn")}>{status}</Text>
    </Box>
  );
});
