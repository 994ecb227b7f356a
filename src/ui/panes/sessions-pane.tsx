import { memo } from "react";
import { countRender } from "../render-count.ts";
import { displayWidth, fit, inertLine } from "../../format/inert.ts";
import type { SessionsView } from "../state/app-state.ts";
import { age } from "../../format/time.ts";
import { innerColumns } from "../layout.ts";
import type { View } from "../view-model.ts";
import { Empty, Lines, Pane } from "./pane.tsx";

/** Marks before the message count: →N items its agent has not received yet, ⚑N locks it holds. */
export const sessionMarks = (undelivered: number, locks: number): string => `${undelivered ? `→${undelivered} ` : ""}${locks ? `⚑${locks} ` : ""}`;

/** Sessions of the selected project, newest first: status, title, message count, last activity. */
export const SessionsPane = memo(function SessionsPane(props: {
  view: View["sessions"];
  project: string | null;
  focused: boolean;
  width: number;
  height: number;
  filter: string;
  now: number;
  options: SessionsView;
}) {
  countRender("SessionsPane");
  const { rows, cursor, offset, total, undelivered, locks, agents } = props.view;
  const width = innerColumns(props.width);
  // Narrow panes drop the age column before the title gets too short to read.
  const wide = width >= 36;
  // Ids are what `:` jumps to and `y` copies, so they are always shown (cut only when very long).
  const idWidth = Math.min(14, Math.max(0, ...rows.map((s) => displayWidth(inertLine(s.id)))));
  const lines = rows.map((s, i) => {
    const selected = offset + i === cursor;
    const marks = sessionMarks(undelivered.get(s.id) ?? 0, locks.filter((l) => l.session === s.id).length);
    // A supervised agent running now is marked ●; one waiting for an approval says for what.
    const agent = agents[s.id];
    // Status, id, count and the live mark always fit; the age only while the title keeps 8 columns.
    const fixed = 8 + (idWidth + 1) + 4 + marks.length + 2;
    const showAge = wide && width - fixed - 4 >= 8;
    const titleWidth = Math.max(1, width - fixed - (showAge ? 4 : 0));
    return {
      text: `${fit(s.status, 7)} ${fit(inertLine(s.id), idWidth)} ${fit(inertLine(agent?.approval ?? (s.parent ? `↳ ${s.title}` : s.title)), titleWidth)} ${marks}${fit(String(s.messageCount), 3, "right")}${showAge ? ` ${fit(age(s.updatedAt, props.now), 3, "right")}` : ""}${agent?.live ? " ●" : "  "}`,
      color: s.status,
      inverse: selected && props.focused,
      bold: selected,
    };
  });
  const o = props.options;
  const how = [o.order === "created" ? "" : `by ${o.order}`, o.waitingFirst ? "waiting first" : "", o.statuses.length > 0 ? o.statuses.join(",") : ""].filter(Boolean).join(" · ");
  const waiting = [...undelivered.values()].reduce((a, b) => a + b, 0);
  const counts = `${waiting ? ` · ${waiting} undelivered` : ""}${locks.length ? ` · ${locks.length} lock${locks.length === 1 ? "" : "s"}` : ""}`;
  const title = `sessions${o.allProjects ? " · all" : props.project ? ` · ${inertLine(props.project)}` : ""} (${total})${counts}${how ? ` · ${how}` : ""}${props.filter ? ` /${inertLine(props.filter)}` : ""}`;
  return (
    <Pane number={2} title={title} focused={props.focused} width={props.width} height={props.height}>
      {rows.length === 0 ? <Empty width={width} text={props.project || o.allProjects ? (props.filter || o.statuses.length > 0 ? "no match" : "no sessions: press n to start one") : "select a project"} /> : <Lines lines={lines} width={width} />}
    </Pane>
  );
});
