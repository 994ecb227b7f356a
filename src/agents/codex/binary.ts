import { agentBinary } from "../core/binary.ts";

/** The Codex CLI binary cairn runs: `$CAIRN_CODEX`, else `codex` on PATH. */
export const codexBinary = (env: Record<string, string | undefined> = process.env): string => agentBinary("Codex", "CAIRN_CODEX", "codex", env);
