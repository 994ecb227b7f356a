import { addProject } from "../../commands/project.ts";
import type { CommandContext } from "../../commands/context.ts";
import { directoryOf } from "../../store/location.ts";

/** A project id from any name: lowercase, a-z 0-9 _ -, at most 64, never empty. */
export function slug(name: string): string {
  const cleaned = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 64)
    .replace(/[-_]+$/, "");
  return cleaned || "default";
}

/** The top of the git work tree holding `dir` (where `.git` is), or `dir` itself outside git. */
export function gitTopLevel(dir: string): string {
  const { existsSync } = require("node:fs") as typeof import("node:fs");
  for (let at = dir.replace(/\/+$/, "") || "/"; ; at = directoryOf(at)) {
    if (existsSync(`${at}/.git`)) return at;
    if (at === "/" || at === ".") return dir;
  }
}

const baseName = (path: string) => path.replace(/\/+$/, "").split("/").pop() || "root";

/** The project for an agent working in `cwd`: its repository's name, created on first sight. */
export function projectForCwd(ctx: CommandContext, cwd: string | undefined, override?: string, agent = "Claude Code"): string {
  const top = cwd ? gitTopLevel(cwd) : undefined;
  const id = override ?? slug(top ? baseName(top) : "default");
  return ctx.store.write((w) => {
    if (!w.project(id)) addProject(ctx, { id, name: top ? baseName(top) : id, description: top ? `${agent} in ${top}` : undefined });
    return id;
  });
}
