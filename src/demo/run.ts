import type { Subprocess } from "bun";
import { eventLine } from "../format/records.ts";
import { followEvents, lastEvents, untilInterrupted } from "../store/feed.ts";
import { Store } from "../store/store.ts";
import { packageFile } from "../package-files.ts";
import { seedDemo } from "./seed.ts";
import type { UiConfig } from "../ui/config.ts";

export interface DemoOptions {
  dbPath: string;
  /** Open the UI (else print what the agents write). */
  ui: boolean;
  agents: number;
  /** Stop after this many seconds (default: until Ctrl-C or the UI quits). */
  seconds?: number;
  write(text: string): void;
  /** The UI's settings file, already checked. */
  config?: UiConfig;
}

/** Starts simulated agents as separate processes, each writing to the database on its own. */
function startAgents(dbPath: string, count: number): Subprocess[] {
  const script = packageFile("src/demo/agent.ts");
  return Array.from({ length: count }, (_, i) =>
    Bun.spawn([process.execPath, script, dbPath, `agent-${i + 1}`, String(1000 + i), "900"], {
      stdin: "pipe", // closed when we exit, however we exit: the agent then stops too
      // The UI owns the terminal: an agent never writes to it (it logs to demo-agents.log).
      stdout: "ignore",
      stderr: "ignore",
    }),
  );
}

/** `cairn demo`: seed, start the writers, then show them (UI or a printed tail) until stopped. */
export async function runDemo(options: DemoOptions): Promise<number> {
  const store = Store.open(options.dbPath, { createDir: true });
  const { seeded } = seedDemo(store);
  const agents = startAgents(options.dbPath, options.agents);
  const deadline = options.seconds === undefined ? Infinity : Date.now() + options.seconds * 1000;
  try {
    if (options.ui) {
      const { runUi } = await import("../ui/run.tsx");
      return await runUi({ store, dbPath: options.dbPath, actor: "ui:demo", until: deadline, config: options.config });
    }
    options.write(`${seeded ? "seeded" : "reusing"} ${options.dbPath}; ${options.agents} agents writing (Ctrl-C to stop)\n`);
    const interrupted = untilInterrupted();
    const print = (events: Parameters<typeof eventLine>[1][]) => options.write(events.map((e) => eventLine("table", e)).join("\n") + "\n");
    const last = lastEvents(store, {}, 10);
    print(last.events);
    await followEvents(store, {}, last.cursor, print, () => interrupted() || Date.now() > deadline);
    return 0;
  } finally {
    for (const agent of agents) agent.kill("SIGTERM");
    await Promise.all(agents.map((a) => a.exited));
    store.close();
  }
}
