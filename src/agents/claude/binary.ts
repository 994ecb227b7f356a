import { existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { homeDirectory } from "../../store/location.ts";
import { agentBinary } from "../core/binary.ts";

/** The Claude Code binary cairn runs: `$CAIRN_CLAUDE`, else `claude` on PATH. */
export const claudeBinary = (env: Record<string, string | undefined> = process.env): string => agentBinary("Claude Code", "CAIRN_CLAUDE", "claude", env);

/** Whether Claude Code has a conversation `agentSession` for `cwd` (then it is resumed, not started). */
export function hasConversation(cwd: string, agentSession: string, env: Record<string, string | undefined> = process.env): boolean {
  const config = env.CLAUDE_CONFIG_DIR || join(homeDirectory(env), ".claude");
  let dir = cwd;
  try {
    dir = realpathSync(cwd);
  } catch {}
  return existsSync(join(config, "projects", dir.replace(/[^A-Za-z0-9]/g, "-"), `${agentSession}.jsonl`));
}
