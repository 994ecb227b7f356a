import { Text } from "ink";
import type { Status } from "../../domain/status.ts";
import { fit } from "../../format/inert.ts";
import { innerColumns } from "../layout.ts";
import { Pane } from "./pane.tsx";
import { paint } from "../theme.ts";

/** The statuses a session may move to from where it is (the transition table decides). */
export function StatusPicker(props: { session: string; status: Status | undefined; options: readonly Status[]; index: number; width: number; height: number }) {
  const width = innerColumns(props.width);
  const index = Math.min(props.index, props.options.length - 1);
  return (
    <Pane title={`set status of ${props.session} (now ${props.status ?? "gone"}) — Enter choose · Esc cancel`} focused width={props.width} height={props.height}>
      {props.options.map((s, i) => (
        <Text key={s} color={paint(s)} inverse={i === index} bold={i === index}>
          {fit(`${i === index ? "›" : " "} ${s}`, width)}
        </Text>
      ))}
    </Pane>
  );
}
