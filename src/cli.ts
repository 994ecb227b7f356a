#!/usr/bin/env bun
/**
 * cairn's command line. The hot commands (`event add`, `hook <agent>`) run from here with only
 * what each needs (cli/hot.ts); every other command line loads the full CLI (cli/main.ts).
 */
import { hotCommand } from "./cli/hot.ts";

const argv = process.argv.slice(2);
const hot = hotCommand(argv);
if (hot) hot();
else import("./cli/main.ts").then((full) => full.runCli(argv));
