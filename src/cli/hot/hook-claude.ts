/** `cairn hook claude` recording a payload, a bundle of its own in the installed build (dist/hot-hook-claude.js). */
import { recordHook } from "../../agents/claude/hook.ts";
import { recordHookFromStdin, type HookRecorder } from "../hook-record.ts";
import { hotRunner } from "../hot-run.ts";
import { HOOK_CLAUDE } from "../hot-specs.ts";

export const CLAUDE_HOOK: HookRecorder = {
  kind: "claude-hook",
  actor: "claude-code",
  record: (store, body, env) => recordHook({ store, actor: "claude-code" }, body.payload, { project: body.project, env }),
};

export const prepare = hotRunner({ ...HOOK_CLAUDE, run: (cli) => recordHookFromStdin(cli, CLAUDE_HOOK) });
