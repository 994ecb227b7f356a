import { appCommands } from "./app-commands.ts";
import { dbCommands } from "./db-commands.ts";
import { eventCommands } from "./event-commands.ts";
import { projectCommands } from "./project-commands.ts";
import { sessionCommands } from "./session-commands.ts";
import { transferCommands } from "./transfer-commands.ts";
import type { CommandSpec } from "./types.ts";

/** Every command, in the order help lists them. */
export const COMMANDS: CommandSpec[] = [
  ...appCommands,
  ...dbCommands,
  ...projectCommands,
  ...sessionCommands,
  ...eventCommands,
  ...transferCommands,
];

/** Command groups: words that need a sub-command after them. */
export const GROUPS = [...new Set(COMMANDS.filter((c) => c.name.includes(" ")).map((c) => c.name.split(" ")[0]!))];
