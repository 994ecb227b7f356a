import { COMMANDS } from "./commands.ts";

export { COMMANDS };

/** Command groups: words that need a sub-command after them. */
export const GROUPS = [...new Set(COMMANDS.filter((c) => c.name.includes(" ")).map((c) => c.name.split(" ")[0]!))];
