import { memo } from "react";
import { countRender } from "../render-count.ts";
import { inertLine } from "../../format/inert.ts";
import { innerColumns } from "../layout.ts";
import type { View } from "../view-model.ts";
import { Empty, Lines, Pane } from "./pane.tsx";

/** Projects, one per line; the selected one drives the sessions pane. */
export const ProjectsPane = memo(function ProjectsPane(props: { view: View["projects"]; focused: boolean; width: number; height: number; filter: string; showArchived: boolean }) {
  countRender("ProjectsPane");
  const { rows, cursor, offset } = props.view;
  const width = innerColumns(props.width);
  const lines = rows.map((p, i) => ({
    text: `${offset + i === cursor ? "›" : " "} ${inertLine(p.id)}  ${p.archived ? "(archived) " : ""}${inertLine(p.name === p.id ? "" : p.name)}`,
    dim: p.archived,
    inverse: offset + i === cursor && props.focused,
    bold: offset + i === cursor,
  }));
  return (
    <Pane number={1} title={`projects${props.showArchived ? " (with archived)" : ""}${props.filter ? ` /${inertLine(props.filter)}` : ""}`} focused={props.focused} width={props.width} height={props.height}>
      {rows.length === 0 ? <Empty width={width} text={props.filter ? "no match" : "no projects yet: cairn project add <id>"} /> : <Lines lines={lines} width={width} />}
    </Pane>
  );
});
