import { addProject, archiveProject } from "../commands/project.ts";
import { fail } from "../domain/errors.ts";
import { json, projectColumns, renderList, renderProject } from "../format/records.ts";
import { stringFlag } from "./input.ts";
import type { CommandSpec } from "./types.ts";

// Read-side modules load drizzle (~15 ms): imported inside the handlers that read, so
// `event add` and friends (run by hooks on every tool call) start fast.
const queries = () => import("../store/queries.ts");

export const projectCommands: CommandSpec[] = [
  {
    name: "project add",
    args: "<id>",
    summary: "add a project (id: a-z 0-9 _ -, up to 64)",
    arity: [1, 1],
    flags: {
      name: { type: "string", value: "N", description: "display name (default: the id)" },
      repo: { type: "string", value: "URL", description: "repository URL" },
      description: { type: "string", value: "D", description: "what the project is" },
    },
    run(cli) {
      const project = addProject(
        { store: cli.store(), actor: cli.actor },
        { id: cli.input[0]!, name: stringFlag(cli, "name"), repo: stringFlag(cli, "repo"), description: stringFlag(cli, "description") },
      );
      cli.write(cli.format === "table" ? `${project.id}\n` : renderProject(cli.format, project));
    },
  },
  {
    name: "project list",
    args: "",
    summary: "list projects",
    arity: [0, 0],
    flags: { all: { type: "boolean", description: "include archived projects" } },
    async run(cli) {
      const { listProjects } = await queries();
      const rows = listProjects(cli.store(), { includeArchived: cli.flags.all === true });
      cli.write(renderList(cli.format, projectColumns, rows, json.project));
    },
  },
  {
    name: "project show",
    args: "<id>",
    summary: "show one project",
    arity: [1, 1],
    flags: {},
    async run(cli) {
      const { getProject } = await queries();
      const id = cli.input[0]!;
      cli.write(renderProject(cli.format, getProject(cli.store(), id) ?? fail("not_found", `no project ${id}`)));
    },
  },
  {
    name: "project archive",
    args: "<id>",
    summary: "archive a project (its sessions stay readable)",
    arity: [1, 1],
    flags: {},
    run(cli) {
      const project = archiveProject({ store: cli.store(), actor: cli.actor }, cli.input[0]!);
      cli.write(cli.format === "table" ? `archived ${project.id}\n` : renderProject(cli.format, project));
    },
  },
];
