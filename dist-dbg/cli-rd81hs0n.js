// @bun
import {
  __require,
  CairnError,
  checkedJson,
  addProject,
  directoryOf
} from "./cli-g5ebnejy.js";

// src/claude/clip.ts
function clip(value, maxChars) {
  if (value === undefined)
    return;
  if (typeof value === "string")
    return value.length > maxChars ? `${value.slice(0, maxChars)}\u2026 (${value.length - maxChars} more characters)` : value;
  try {
    return JSON.parse(checkedJson("value", value, maxChars));
  } catch (error) {
    if (!(error instanceof CairnError))
      throw error;
    const text = JSON.stringify(value) ?? "";
    return `${text.slice(0, maxChars)}\u2026 (${text.length} characters in all)`;
  }
}
function toolSummary(input) {
  if (input && typeof input === "object" && !Array.isArray(input)) {
    const record = input;
    for (const key of ["command", "file_path", "path", "pattern", "url", "query", "description", "prompt"]) {
      if (typeof record[key] === "string")
        return record[key].split(`
`)[0].slice(0, 120);
    }
  }
  return (JSON.stringify(input) ?? "").slice(0, 120);
}

// src/claude/project.ts
function slug(name) {
  const cleaned = name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+|[-_]+$/g, "").slice(0, 64).replace(/[-_]+$/, "");
  return cleaned || "default";
}
function gitTopLevel(dir) {
  const { existsSync } = __require("fs");
  for (let at = dir.replace(/\/+$/, "") || "/";; at = directoryOf(at)) {
    if (existsSync(`${at}/.git`))
      return at;
    if (at === "/" || at === ".")
      return dir;
  }
}
var baseName = (path) => path.replace(/\/+$/, "").split("/").pop() || "root";
function projectForCwd(ctx, cwd, override) {
  const top = cwd ? gitTopLevel(cwd) : undefined;
  const id = override ?? slug(top ? baseName(top) : "default");
  return ctx.store.write((w) => {
    if (!w.project(id))
      addProject(ctx, { id, name: top ? baseName(top) : id, description: top ? `Claude Code in ${top}` : undefined });
    return id;
  });
}

export { clip, toolSummary, projectForCwd };
