import { Text } from "ink";
import type { Status } from "../../domain/status.ts";
import { fit } from "../../format/inert.ts";
import { innerColumns } from "../layout.ts";
import { Pane } from "./pane.tsx";
import { STATUS_COLOR } from "./sessions-pane.tsx";

/** The statuses a session may move to from where it is (the transition table decides). */
export function StatusPicker(props: { session: string; options: readonly Status[]; index: number; width: number; height: number }) {
  const width = innerColumns(props.width);
  return (
    <Pane title={`set status of ${props.session} — Enter choose · Esc cancel`} focused width={props.width} height={props.height}>
      {props.options.map((s, i) => (
        <Text key={s} color={STATUS_COLOR[s]} inverse={i === props.index} bold={i === props.index}>
          {fit(`${i === props.index ? "›" : " "} ${s}`, width)}
        </Text>
      ))}
    </Pane>
  );
}
