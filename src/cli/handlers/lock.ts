import { projectId } from "../../domain/ids.ts";
import { currentLocks } from "../../store/agents.ts";
import { stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

export async function lockList(cli: Invocation) {
  const { lockColumns, json, renderList } = await import("../../format/records.ts");
  const project = stringFlag(cli, "project");
  const locks = currentLocks(cli.store(), project === undefined ? undefined : projectId(project));
  cli.write(renderList(cli.format, lockColumns, locks, json.lock));
}
