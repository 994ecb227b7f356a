import { DOMAIN_KINDS, projectStream } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { projectId } from "../domain/ids.ts";
import { cleanText } from "../domain/text.ts";
import type { Project } from "../store/rows.ts";
import type { Writer } from "../store/store.ts";
import type { CommandContext } from "./context.ts";

export interface AddProjectInput {
  id: string;
  name?: string;
  repo?: string;
  description?: string;
}

export function addProject(ctx: CommandContext, input: AddProjectInput): Project {
  const id = projectId(input.id);
  const payload = {
    name: cleanText("project name", input.name ?? id),
    repo: input.repo === undefined ? null : cleanText("repo URL", input.repo),
    description: input.description === undefined ? null : cleanText("description", input.description, 4_000),
  };
  return ctx.store.write((w) => {
    if (w.project(id)) fail("exists", `project ${id} already exists`);
    w.append({ stream: projectStream(id), kind: DOMAIN_KINDS.projectCreated, project: id, payload, actor: ctx.actor, expectedVersion: 0 });
    return w.project(id)!;
  });
}

export function archiveProject(ctx: CommandContext, id: string): Project {
  return ctx.store.write((w) => {
    const project = requireProject(w, id);
    if (project.archived) fail("invalid", `project ${id} is already archived`);
    w.append({ stream: projectStream(id), kind: DOMAIN_KINDS.projectArchived, project: id, payload: {}, actor: ctx.actor });
    return w.project(id)!;
  });
}

/** Reads a project inside a write, or fails with not_found. */
export function requireProject(w: Writer, id: string): Project {
  return w.project(projectId(id)) ?? fail("not_found", `no project ${id}`);
}
