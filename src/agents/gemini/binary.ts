import { agentBinary } from "../core/binary.ts";

/** The Gemini CLI cairn runs: `$CAIRN_GEMINI`, else `gemini` on PATH. */
export const geminiBinary = (env: Record<string, string | undefined> = process.env): string => agentBinary("Gemini CLI", "CAIRN_GEMINI", "gemini", env);
