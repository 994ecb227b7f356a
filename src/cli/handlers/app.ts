import { fail } from "../../domain/errors.ts";
import { directoryOf } from "../../store/location.ts";
import { intFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

/** React's development build renders several times slower: set before React loads. */
const productionReact = () => {
  process.env.NODE_ENV ??= "production";
};

/** The UI's settings, checked before anything starts (a bad file is one line and exit 1). */
const uiConfig = async () => (await import("../../ui/config.ts")).loadUiConfig();

export async function ui(cli: Invocation) {
  const config = await uiConfig();
  if (!process.stdin.isTTY || !process.stdout.isTTY) fail("usage", "the UI needs a terminal; for scripts, see cairn --help");
  productionReact();
  const { runUi } = await import("../../ui/run.tsx");
  return runUi({ store: cli.store(), dbPath: cli.dbPath, actor: cli.actor.replace(/^cli:/, "ui:"), config });
}

export async function demo(cli: Invocation) {
  productionReact();
  const { runDemo } = await import("../../demo/run.ts");
  const config = cli.flags.ui !== false ? await uiConfig() : undefined;
  return runDemo({
    config,
    dbPath: cli.dbIsDefault ? `${directoryOf(cli.dbPath)}/demo.db` : cli.dbPath,
    ui: cli.flags.ui !== false,
    agents: intFlag(cli, "agents", { min: 1, max: 32 }) ?? 4,
    seconds: intFlag(cli, "seconds", { min: 1 }),
    write: cli.write,
  });
}
