import { LIMITS } from "../domain/limits.ts";
import type { FlagSpec } from "./types.ts";

/** A flag's name on the command line from its key in a flag table (`expectVersion` → `expect-version`). */
export const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Flags every command takes. */
export const GLOBAL_FLAGS: Record<string, FlagSpec> = {
  db: { type: "string", value: "PATH", description: "database file (default $CAIRN_DB, else $XDG_DATA_HOME/cairn/cairn.db)" },
  format: { type: "string", value: "table|json|markdown", description: "output format (default table)" },
};

/** The event filters shared by `event list|tail|counts` and `export`. */
export const FILTER_FLAGS: Record<string, FlagSpec> = {
  kind: { type: "string", value: "K,K", description: "only these kinds" },
  source: { type: "string", value: "S", description: "only events from this source" },
  target: { type: "string", value: "T", description: "only events to this target" },
  session: { type: "string", value: "ID", description: "only events of this session" },
  project: { type: "string", value: "P", description: "only events of this project" },
  since: { type: "string", value: "WHEN", description: "not before WHEN (ISO-8601 or an age: 90s, 15m, 2h, 7d)" },
  until: { type: "string", value: "WHEN", description: "not after WHEN" },
  grep: { type: "string", value: "TEXT", description: "kind, source, target or payload contains TEXT" },
};

export const LIMIT_FLAG: Record<string, FlagSpec> = {
  limit: { type: "string", value: "N", description: `at most N (default ${LIMITS.defaultListLimit})` },
};
