// @bun
import {
  isDomainKind,
  applyEvent
} from "./cli-g5ebnejy.js";
import {
  PROJECTION_TABLES,
  allEvents2
} from "./cli-r7hp6pw6.js";

// src/store/rebuild.ts
function replay(store) {
  for (const table of PROJECTION_TABLES)
    store.sqlite.run(`DELETE FROM ${table}`);
  let applied = 0;
  for (const event of allEvents2(store)) {
    if (!isDomainKind(event.kind))
      continue;
    applyEvent(store.statements, event);
    applied++;
  }
  return applied;
}
function rebuildProjections(store) {
  return store.write(() => ({ applied: replay(store) }));
}
function dumpProjections(store) {
  return PROJECTION_TABLES.map((table) => {
    const rows = store.sqlite.query(`SELECT * FROM ${table} ORDER BY 1, 2`).values();
    return `${table}
${rows.map((r) => JSON.stringify(r)).join(`
`)}`;
  }).join(`
`);
}
function checkDatabase(store) {
  const integrity = store.sqlite.query("PRAGMA integrity_check").values().map((r) => String(r[0]));
  const foreignKeys = store.sqlite.query("PRAGMA foreign_key_check").all().length;
  const rolledBack = new Error("dry run");
  let projectionsMatchLog = false;
  try {
    store.write(() => {
      const before = dumpProjections(store);
      replay(store);
      projectionsMatchLog = before === dumpProjections(store);
      throw rolledBack;
    });
  } catch (error) {
    if (error !== rolledBack)
      throw error;
  }
  return { integrity, foreignKeys, projectionsMatchLog };
}
export {
  checkDatabase,
  dumpProjections,
  rebuildProjections
};
