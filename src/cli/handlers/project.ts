import { addProject, archiveProject, unarchiveProject } from "../../commands/project.ts";
import { fail } from "../../domain/errors.ts";
import { LIMITS } from "../../domain/limits.ts";
import { intFlag, stringFlag } from "../input.ts";
import type { Invocation } from "../types.ts";

// Output formatting and read-side modules (drizzle, ~15 ms) load inside the handlers that
// need them, so writes run by hooks on every tool call start fast.
const records = () => import("../../format/records.ts");
const queries = () => import("../../store/queries.ts");

export async function projectAdd(cli: Invocation) {
  const project = addProject(
    { store: cli.store(), actor: cli.actor },
    { id: cli.input[0]!, name: stringFlag(cli, "name"), repo: stringFlag(cli, "repo"), description: stringFlag(cli, "description") },
  );
  cli.write(cli.format === "table" ? `${project.id}\n` : (await records()).renderProject(cli.format, project));
}

export async function projectList(cli: Invocation) {
  const { json, projectColumns, renderList } = await records();
  const { listProjects } = await queries();
  const rows = listProjects(cli.store(), {
    includeArchived: cli.flags.all === true,
    after: stringFlag(cli, "after"),
    limit: intFlag(cli, "limit", { min: 1, max: LIMITS.listLimit }) ?? LIMITS.defaultListLimit,
  });
  cli.write(renderList(cli.format, projectColumns, rows, json.project));
}

export async function projectShow(cli: Invocation) {
  const { renderProject } = await records();
  const { getProject } = await queries();
  const id = cli.input[0]!;
  cli.write(renderProject(cli.format, getProject(cli.store(), id) ?? fail("not_found", `no project ${id}`)));
}

export async function projectUnarchive(cli: Invocation) {
  const project = unarchiveProject({ store: cli.store(), actor: cli.actor }, cli.input[0]!);
  cli.write(cli.format === "table" ? `unarchived ${project.id}\n` : (await records()).renderProject(cli.format, project));
}

export async function projectArchive(cli: Invocation) {
  const project = archiveProject({ store: cli.store(), actor: cli.actor }, cli.input[0]!);
  cli.write(cli.format === "table" ? `archived ${project.id}\n` : (await records()).renderProject(cli.format, project));
}
