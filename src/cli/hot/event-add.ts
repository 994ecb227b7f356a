/** `cairn event add`, a bundle of its own in the installed build (dist/hot-event-add.js). */
import { eventAdd } from "../handlers/event-add.ts";
import { hotRunner } from "../hot-run.ts";
import { EVENT_ADD } from "../hot-specs.ts";

export const prepare = hotRunner({ ...EVENT_ADD, run: eventAdd });
