/** `cairn hook gemini` recording a payload, a bundle of its own in the installed build (dist/hot-hook-gemini.js). */
import { recordGeminiHook } from "../../agents/gemini/hook.ts";
import { recordHookFromStdin, type HookRecorder } from "../hook-record.ts";
import { hotRunner } from "../hot-run.ts";
import { HOOK_GEMINI } from "../hot-specs.ts";

export const GEMINI_HOOK: HookRecorder = {
  kind: "gemini-hook",
  actor: "gemini",
  record: (store, body) => recordGeminiHook({ store, actor: "gemini" }, body.payload, { project: body.project }),
};

export const prepare = hotRunner({ ...HOOK_GEMINI, run: (cli) => recordHookFromStdin(cli, GEMINI_HOOK) });
