import { memo } from "react";
import { countRender } from "../render-count.ts";
import { harnessOf, HARNESS_NAMES } from "../../domain/harness.ts";
import { inertLine } from "../../format/inert.ts";
import { innerColumns } from "../layout.ts";
import type { View } from "../view-model.ts";
import { Empty, Lines, Pane } from "./pane.tsx";

/** The selected session's messages, in order, following the newest unless a message is selected. */
export const DetailPane = memo(function DetailPane(props: { view: View["detail"]; focused: boolean; width: number; height: number; filter: string }) {
  countRender("DetailPane");
  const { session, agent, lines, count, selectedIndex, locks } = props.view;
  const held = locks.length ? ` · locks ${locks.map((l) => inertLine(l.path)).join(", ")}` : "";
  const width = innerColumns(props.width);
  // Which agent program the session runs on (none for a session a person started by hand).
  const harness = session ? harnessOf(session.externalId) : undefined;
  const title = session
    ? `${inertLine(session.id)} · ${session.status}${harness ? ` · ${HARNESS_NAMES[harness]}` : ""}${agent?.live ? " · agent live" : ""} · ${inertLine(session.title)} · ${count} msg${count === 1 ? "" : "s"}${held}${selectedIndex === null ? "" : ` · ${selectedIndex + 1}/${count}`}${props.filter ? ` /${inertLine(props.filter)}` : ""}`
    : "session";
  return (
    <Pane number={3} title={title} focused={props.focused} width={props.width} height={props.height}>
      {!session ? <Empty width={width} text="select a session" /> : lines.length === 0 ? <Empty width={width} text={props.filter ? "no match" : "no messages yet: press a to append one"} /> : <Lines lines={lines} width={width} />}
    </Pane>
  );
});
