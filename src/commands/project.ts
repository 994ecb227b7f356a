import { DOMAIN_KINDS, projectStream } from "../domain/events.ts";
import { fail } from "../domain/errors.ts";
import { projectId } from "../domain/ids.ts";
import type { Project } from "../store/rows.ts";
import type { Writer } from "../store/store.ts";
import type { CommandContext } from "./context.ts";

// The rules these events must pass (ids, limits, existence, archived) live in domain/event-rules.ts.

export interface AddProjectInput {
  id: string;
  name?: string;
  repo?: string;
  description?: string;
}

export function addProject(ctx: CommandContext, input: AddProjectInput): Project {
  const id = input.id;
  const payload = { name: input.name ?? id, repo: input.repo ?? null, description: input.description ?? null };
  return ctx.store.write((w) => {
    w.append({ stream: projectStream(id), kind: DOMAIN_KINDS.projectCreated, project: id, payload, actor: ctx.actor, expectedVersion: 0 });
    return w.project(id)!;
  });
}

export function archiveProject(ctx: CommandContext, id: string): Project {
  return ctx.store.write((w) => {
    w.append({ stream: projectStream(id), kind: DOMAIN_KINDS.projectArchived, project: id, payload: {}, actor: ctx.actor });
    return w.project(id)!;
  });
}

/** Brings an archived project back: listed again, and new sessions may start in it. */
export function unarchiveProject(ctx: CommandContext, id: string): Project {
  return ctx.store.write((w) => {
    requireProject(w, id);
    w.append({ stream: projectStream(id), kind: DOMAIN_KINDS.projectUnarchived, project: id, payload: {}, actor: ctx.actor });
    return w.project(id)!;
  });
}

/** Reads a project inside a write, or fails with not_found. */
export function requireProject(w: Writer, id: string): Project {
  return w.project(projectId(id)) ?? fail("not_found", `no project ${id}`);
}
