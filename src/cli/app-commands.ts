import { fail } from "../domain/errors.ts";
import { directoryOf } from "../store/location.ts";
import { intFlag } from "./input.ts";
import type { CommandSpec } from "./types.ts";

// The UI and the demo are imported only when run: other commands must not pay for Ink and React.
export const appCommands: CommandSpec[] = [
  {
    name: "ui",
    args: "",
    summary: "open the terminal UI (the default when no command is given)",
    arity: [0, 0],
    flags: {},
    async run(cli) {
      if (!process.stdin.isTTY || !process.stdout.isTTY) fail("usage", "the UI needs a terminal; for scripts, see cairn --help");
      const { runUi } = await import("../ui/run.tsx");
      return runUi({ store: cli.store(), dbPath: cli.dbPath, actor: cli.actor.replace(/^cli:/, "ui:") });
    },
  },
  {
    name: "demo",
    args: "",
    summary: "fill a demo database and open the UI while simulated agents write to it live",
    arity: [0, 0],
    flags: {
      ui: { type: "boolean", defaultOn: true, description: "keep the writers running without the UI (prints what they write)" },
      agents: { type: "string", value: "N", description: "how many simulated agents (default 4)" },
      seconds: { type: "string", value: "N", description: "stop the writers after N seconds (default: until Ctrl-C)" },
    },
    notes: ["Without --db, the demo uses its own file: $XDG_DATA_HOME/cairn/demo.db."],
    async run(cli) {
      const { runDemo } = await import("../demo/run.ts");
      return runDemo({
        dbPath: cli.dbIsDefault ? `${directoryOf(cli.dbPath)}/demo.db` : cli.dbPath,
        ui: cli.flags.ui !== false,
        agents: intFlag(cli, "agents", { min: 1, max: 32 }) ?? 4,
        seconds: intFlag(cli, "seconds", { min: 1 }),
        write: cli.write,
      });
    },
  },
];
