// @bun
import {
  FORMATS2,
  json2,
  payloadSummary2,
  eventSummary2,
  eventColumns2,
  projectColumns2,
  sessionColumns2,
  eventLine2,
  renderList2,
  renderProject2,
  renderSession2
} from "./cli-g5ebnejy.js";
export {
  FORMATS2 as FORMATS,
  eventColumns2 as eventColumns,
  eventLine2 as eventLine,
  eventSummary2 as eventSummary,
  json2 as json,
  payloadSummary2 as payloadSummary,
  projectColumns2 as projectColumns,
  renderList2 as renderList,
  renderProject2 as renderProject,
  renderSession2 as renderSession,
  sessionColumns2 as sessionColumns
};
