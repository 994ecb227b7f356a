import { accessSync, constants, existsSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { fail } from "../../domain/errors.ts";
import { homeDirectory } from "../../store/location.ts";

/** The Claude Code binary cairn runs: `$CAIRN_CLAUDE`, else `claude` on PATH. */
export function claudeBinary(env: Record<string, string | undefined> = process.env): string {
  const chosen = env.CAIRN_CLAUDE;
  if (chosen) {
    try {
      accessSync(chosen, constants.X_OK);
      return chosen;
    } catch {
      return fail("not_found", `CAIRN_CLAUDE is ${chosen}, which is not an executable file`);
    }
  }
  return Bun.which("claude", { PATH: env.PATH ?? "" }) ?? fail("not_found", "cannot find Claude Code: put claude on your PATH or set CAIRN_CLAUDE to its path");
}

/** Whether Claude Code has a conversation `agentSession` for `cwd` (then it is resumed, not started). */
export function hasConversation(cwd: string, agentSession: string, env: Record<string, string | undefined> = process.env): boolean {
  const config = env.CLAUDE_CONFIG_DIR || join(homeDirectory(env), ".claude");
  let dir = cwd;
  try {
    dir = realpathSync(cwd);
  } catch {}
  return existsSync(join(config, "projects", dir.replace(/[^A-Za-z0-9]/g, "-"), `${agentSession}.jsonl`));
}
