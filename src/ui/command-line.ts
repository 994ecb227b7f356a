import { isStatus, STATUSES, type Status } from "../domain/status.ts";
import { getProject, getSession, listProjects, sessionIdsLike } from "../store/queries.ts";
import type { Store } from "../store/store.ts";
import type { Action, SessionOrder } from "./state/app-state.ts";
import { SESSION_ORDERS } from "./state/app-state.ts";

/** What a `:` line may do. */
export interface LineDeps {
  store: Store;
  dispatch(action: Action): void;
  quit(): void;
}

/** The `:` commands, k9s style; a word that is none of them is a session id to jump to. */
export const LINE_COMMANDS = ["q", "quit", "project", "status", "sort", "all", "waiting", "archived", "help"] as const;

const close: Action = { type: "mode", mode: { kind: "normal" } };

/** Runs one `:` line. Returns an error for the line, or undefined when it ran (the line closes). */
export function runLine(line: string, d: LineDeps): string | undefined {
  const [word = "", ...args] = line.trim().split(/\s+/);
  const arg = args.join(" ");
  switch (word) {
    case "":
      d.dispatch(close);
      return;
    case "q":
    case "quit":
      d.quit();
      return;
    case "help":
      d.dispatch({ type: "mode", mode: { kind: "help", top: 0 } });
      return;
    case "project": {
      const project = getProject(d.store, arg);
      if (!project) return `no project ${arg || "given"}: :project <id>`;
      d.dispatch(close);
      if (project.archived) d.dispatch({ type: "showArchived", show: true });
      d.dispatch({ type: "selectProject", project: project.id, offset: 0 });
      d.dispatch({ type: "focus", pane: "sessions" });
      return;
    }
    case "status": {
      // `:status` alone shows every status again.
      const wanted = arg ? arg.split(/[\s,]+/) : [];
      const bad = wanted.find((s) => !isStatus(s));
      if (bad) return `unknown status ${bad}: use ${STATUSES.join(", ")}`;
      d.dispatch(close);
      d.dispatch({ type: "sessionsView", view: { statuses: wanted as Status[] } });
      d.dispatch({ type: "focus", pane: "sessions" });
      return;
    }
    case "sort":
      if (!(SESSION_ORDERS as readonly string[]).includes(arg)) return `sort by ${SESSION_ORDERS.join(", ")}`;
      d.dispatch(close);
      d.dispatch({ type: "sessionsView", view: { order: arg as SessionOrder } });
      return;
    case "all":
      d.dispatch(close);
      d.dispatch({ type: "sessionsView", view: { allProjects: true } });
      d.dispatch({ type: "focus", pane: "sessions" });
      return;
    case "waiting":
      d.dispatch(close);
      d.dispatch({ type: "sessionsView", view: { allProjects: true, waitingFirst: true } });
      d.dispatch({ type: "focus", pane: "sessions" });
      return;
    case "archived":
      d.dispatch(close);
      d.dispatch({ type: "showArchived", show: true });
      d.dispatch({ type: "focus", pane: "projects" });
      return;
  }
  const session = args.length === 0 ? getSession(d.store, word) : undefined;
  if (!session) return `no command or session ${word}: try ${LINE_COMMANDS.filter((c) => c !== "quit").join(", ")} or a session id`;
  // Jump: its project (archived ones included), the session, its messages.
  d.dispatch(close);
  if (getProject(d.store, session.project)?.archived) d.dispatch({ type: "showArchived", show: true });
  d.dispatch({ type: "selectProject", project: session.project, offset: 0 });
  d.dispatch({ type: "selectSession", session: session.id, offset: 0 });
  d.dispatch({ type: "focus", pane: "detail" });
}

/** The longest common start of some words. */
function commonStart(words: readonly string[]): string {
  let start = words[0] ?? "";
  for (const w of words) while (!w.startsWith(start)) start = start.slice(0, -1);
  return start;
}

/** Tab on a `:` line: completes the word being typed as far as every choice agrees. */
export function completeLine(line: string, store: Store): string {
  const words = line.split(" ");
  const last = words.at(-1)!;
  const choices =
    words.length === 1
      ? [...LINE_COMMANDS.filter((c) => c.startsWith(last)), ...sessionIdsLike(store, last, 50)]
      : words[0] === "project"
        ? listProjects(store, { includeArchived: true })
            .map((p) => p.id)
            .filter((id) => id.startsWith(last))
        : words[0] === "status"
          ? STATUSES.filter((s) => s.startsWith(last))
          : words[0] === "sort"
            ? SESSION_ORDERS.filter((o) => o.startsWith(last))
            : [];
  if (choices.length === 0) return line;
  const done = choices.length === 1 ? `${choices[0]}${words.length === 1 && (LINE_COMMANDS as readonly string[]).includes(choices[0]!) && ["project", "status", "sort"].includes(choices[0]!) ? " " : ""}` : commonStart(choices);
  return [...words.slice(0, -1), done.length >= last.length ? done : last].join(" ");
}
