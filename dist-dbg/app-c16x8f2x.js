// @bun
import {
  fail,
  intFlag,
  directoryOf
} from "./cli-g5ebnejy.js";

// src/cli/handlers/app.ts
var productionReact = () => {
  process.env.NODE_ENV ??= "production";
};
async function ui(cli) {
  if (!process.stdin.isTTY || !process.stdout.isTTY)
    fail("usage", "the UI needs a terminal; for scripts, see cairn --help");
  productionReact();
  const { runUi } = await import("./run-4qyg2jaf.js");
  return runUi({ store: cli.store(), dbPath: cli.dbPath, actor: cli.actor.replace(/^cli:/, "ui:") });
}
async function demo(cli) {
  productionReact();
  const { runDemo } = await import("./run-vesrdzv0.js");
  return runDemo({
    dbPath: cli.dbIsDefault ? `${directoryOf(cli.dbPath)}/demo.db` : cli.dbPath,
    ui: cli.flags.ui !== false,
    agents: intFlag(cli, "agents", { min: 1, max: 32 }) ?? 4,
    seconds: intFlag(cli, "seconds", { min: 1 }),
    write: cli.write
  });
}
export {
  demo,
  ui
};
