/** A finished item as Codex writes it to its rollout: the import and the PostToolUse hook both read it. */
import type { Rec } from "../../domain/json.ts";

/** Did a finished item fail? */
export const itemFailed = (item: Rec): boolean =>
  item.status === "failed" || item.status === "declined" || (typeof item.exit_code === "number" && item.exit_code !== 0) || item.success === false;
