// @bun
import {
  dbOf2,
  listEvents2,
  countEvents2,
  getEvent2,
  countEventsByKind2,
  lastSeq2,
  allEvents2,
  listProjects2,
  getProject2,
  listSessions2,
  countSessions2,
  sessionPosition2,
  getSession2,
  countMessages2,
  sessionMessages2,
  totals2
} from "./cli-r7hp6pw6.js";
export {
  allEvents2 as allEvents,
  countEvents2 as countEvents,
  countEventsByKind2 as countEventsByKind,
  countMessages2 as countMessages,
  countSessions2 as countSessions,
  dbOf2 as dbOf,
  getEvent2 as getEvent,
  getProject2 as getProject,
  getSession2 as getSession,
  lastSeq2 as lastSeq,
  listEvents2 as listEvents,
  listProjects2 as listProjects,
  listSessions2 as listSessions,
  sessionMessages2 as sessionMessages,
  sessionPosition2 as sessionPosition,
  totals2 as totals
};
