import { memo } from "react";
import { countRender } from "../render-count.ts";
import { fit, inertLine } from "../../format/inert.ts";
import { eventSummary } from "../../domain/event-rules.ts";
import { isDomainKind } from "../../domain/events.ts";
import { compactTime } from "../../format/time.ts";
import { innerColumns } from "../layout.ts";
import type { EventRate, View } from "../view-model.ts";
import { Empty, Lines, Pane } from "./pane.tsx";
import { hiddenLabel } from "../event-kinds.ts";
import { perSecond, sparkline } from "../render/sparkline.ts";

/** The live tail: time, kind, source → target, short payload. */
export const EventsPane = memo(function EventsPane(props: {
  view: View["events"];
  follow: boolean;
  session: string | null;
  focused: boolean;
  width: number;
  height: number;
  filter: string;
  now: number;
  /** Kinds left out (`D`, `K`). */
  hidden: readonly string[];
  rate: EventRate;
}) {
  countRender("EventsPane");
  const { rows, selectedIndex, newCount } = props.view;
  const width = innerColumns(props.width);
  const kindWidth = Math.max(10, Math.min(22, Math.floor(width * 0.28)));
  // Times from earlier days need a date: the column widens to fit the longest.
  const times = rows.map((e) => compactTime(e.ts, props.now));
  const timeWidth = Math.max(8, ...times.map((t) => t.length));
  const lines = rows.map((e, i) => {
    const route = e.source || e.target ? `${e.source ?? "·"} → ${e.target ?? "·"}` : "";
    const where = e.session ?? e.project ?? "";
    const selected = i === selectedIndex && !props.follow;
    return {
      text: `${fit(times[i]!, timeWidth)} ${fit(inertLine(e.kind), kindWidth)} ${fit(inertLine(where), 8)} ${route ? `${inertLine(route)} ` : ""}${inertLine(eventSummary(e))}`,
      color: isDomainKind(e.kind) ? "domain" : undefined,
      inverse: selected && props.focused,
      bold: selected,
    };
  });
  const state = props.follow ? "following" : `paused${newCount > 0 ? ` · ${newCount} new (G to resume)` : ""}`;
  const { counts, spanMs } = props.rate;
  const rate = `${sparkline(counts)} ${perSecond(counts.reduce((a, b) => a + b, 0), spanMs * counts.length)}`;
  const hidden = hiddenLabel(props.hidden);
  // The rate comes last: on a narrow pane what the tail is doing matters more.
  const title = `events${props.session ? ` · ${inertLine(props.session)}` : ""}${hidden ? ` · ${inertLine(hidden)}` : ""} · ${state}${props.filter ? ` /${inertLine(props.filter)}` : ""} · ${rate}`;
  return (
    <Pane number={4} title={title} focused={props.focused} width={props.width} height={props.height}>
      {rows.length === 0 ? <Empty width={width} text={props.filter || props.hidden.length > 0 ? "no match" : "no events yet"} /> : <Lines lines={lines} width={width} />}
    </Pane>
  );
});
