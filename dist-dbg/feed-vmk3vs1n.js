// @bun
import {
  eventsAfter2,
  lastEvents2,
  POLL_MS2,
  followEvents2,
  untilInterrupted2
} from "./cli-vvd6dgj0.js";
import"./cli-r7hp6pw6.js";
export {
  POLL_MS2 as POLL_MS,
  eventsAfter2 as eventsAfter,
  followEvents2 as followEvents,
  lastEvents2 as lastEvents,
  untilInterrupted2 as untilInterrupted
};
