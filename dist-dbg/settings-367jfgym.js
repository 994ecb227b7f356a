// @bun
import {
  fail
} from "./cli-g5ebnejy.js";

// src/claude/settings.ts
var HOOK_EVENTS = ["SessionStart", "UserPromptSubmit", "PreToolUse", "PostToolUse", "Notification", "Stop", "SubagentStop", "PreCompact", "SessionEnd"];
var TOOL_EVENTS = new Set(["PreToolUse", "PostToolUse"]);
var isCairnCommand = (command) => typeof command === "string" && /\bcairn\b|\/cli\.(ts|js)\b/.test(command) && /\bhook claude\b/.test(command);
var shellQuote = (word) => /^[A-Za-z0-9_./:=@+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
function hookCommand(entry, db) {
  return [process.execPath, entry, "hook", "claude", ...db ? ["--db", db] : []].map(shellQuote).join(" ");
}
async function readSettings(path) {
  const file = Bun.file(path);
  if (!await file.exists())
    return { settings: {}, text: null };
  const text = await file.text();
  if (text.trim() === "")
    return { settings: {}, text };
  let settings;
  try {
    settings = JSON.parse(text);
  } catch (error) {
    return fail("invalid", `${path} is not valid JSON (${error.message}); fix it first, cairn left it untouched`);
  }
  if (!settings || typeof settings !== "object" || Array.isArray(settings))
    fail("invalid", `${path} is not a JSON object; cairn left it untouched`);
  const hooks = settings.hooks;
  if (hooks !== undefined && (typeof hooks !== "object" || hooks === null || Array.isArray(hooks)))
    fail("invalid", `"hooks" in ${path} is not an object; cairn left it untouched`);
  return { settings, text };
}
async function writeSettings(path, settings, old) {
  const { mkdirSync, renameSync } = await import("fs");
  const dir = path.replace(/\/[^/]*$/, "") || ".";
  mkdirSync(dir, { recursive: true });
  let backup = null;
  if (old !== null) {
    backup = `${path}.cairn-backup-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await Bun.write(backup, old);
  }
  const temp = `${path}.cairn-${process.pid}.tmp`;
  await Bun.write(temp, JSON.stringify(settings, null, 2) + `
`);
  renameSync(temp, path);
  return backup;
}
var withoutCairn = (groups) => groups.map((g) => Array.isArray(g.hooks) ? { ...g, hooks: g.hooks.filter((h) => !isCairnCommand(h.command)) } : g).filter((g) => !Array.isArray(g.hooks) || g.hooks.length > 0);
async function installHooks(path, command) {
  const { settings, text } = await readSettings(path);
  const hooks = { ...settings.hooks ?? {} };
  let changed = false;
  for (const event of HOOK_EVENTS) {
    const groups = Array.isArray(hooks[event]) ? hooks[event] : [];
    const ours = groups.flatMap((g) => g.hooks ?? []).filter((h) => isCairnCommand(h.command));
    if (ours.length === 1 && ours[0].command === command)
      continue;
    const group = { ...TOOL_EVENTS.has(event) ? { matcher: "*" } : {}, hooks: [{ type: "command", command }] };
    hooks[event] = [...withoutCairn(groups), group];
    changed = true;
  }
  if (!changed)
    return { path, changed, backup: null };
  return { path, changed, backup: await writeSettings(path, { ...settings, hooks }, text) };
}
async function uninstallHooks(path) {
  const { settings, text } = await readSettings(path);
  if (!settings.hooks)
    return { path, changed: false, backup: null };
  const hooks = {};
  let changed = false;
  for (const [event, groups] of Object.entries(settings.hooks)) {
    const kept = Array.isArray(groups) ? withoutCairn(groups) : groups;
    if (JSON.stringify(kept) !== JSON.stringify(groups))
      changed = true;
    if (!Array.isArray(kept) || kept.length > 0)
      hooks[event] = kept;
  }
  if (!changed)
    return { path, changed, backup: null };
  const { hooks: _, ...rest } = settings;
  const next = Object.keys(hooks).length > 0 ? { ...rest, hooks } : rest;
  return { path, changed, backup: await writeSettings(path, next, text) };
}
export {
  hookCommand,
  installHooks,
  uninstallHooks
};
