/** `cairn hook codex` recording a payload, a bundle of its own in the installed build (dist/hot-hook-codex.js). */
import { recordCodexHook } from "../../agents/codex/hook.ts";
import { recordHookFromStdin, type HookRecorder } from "../hook-record.ts";
import { hotRunner } from "../hot-run.ts";
import { HOOK_CODEX } from "../hot-specs.ts";

export const CODEX_HOOK: HookRecorder = {
  kind: "codex-hook",
  actor: "codex",
  record: (store, body) => recordCodexHook({ store, actor: "codex" }, body.payload, { project: body.project }),
};

export const prepare = hotRunner({ ...HOOK_CODEX, run: (cli) => recordHookFromStdin(cli, CODEX_HOOK) });
