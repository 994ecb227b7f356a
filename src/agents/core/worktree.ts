/** Git worktrees for supervised agents: a branch `cairn/<session>` and a directory of its own. */
import { existsSync, mkdirSync } from "node:fs";
import { fail } from "../../domain/errors.ts";
import { worktreeBranch } from "../../domain/supervision.ts";

function git(cwd: string, args: string[]): { ok: boolean; out: string; err: string } {
  const run = Bun.spawnSync(["git", ...args], { cwd, stdout: "pipe", stderr: "pipe", env: { ...process.env, GIT_TERMINAL_PROMPT: "0" } });
  return { ok: run.exitCode === 0, out: run.stdout.toString().trim(), err: run.stderr.toString().trim().split("\n").at(-1) ?? "" };
}

/** Creates `dir` as a worktree of the repository holding `cwd`, on a new branch for the session. */
export function addWorktree(cwd: string, session: string, dir: string): { worktree: string; branch: string } {
  const top = git(cwd, ["rev-parse", "--show-toplevel"]);
  if (!top.ok) fail("invalid", `--worktree needs a git repository, and ${cwd} is not in one`);
  if (existsSync(dir)) fail("exists", `cannot make worktree ${dir}: it already exists`);
  mkdirSync(dir.slice(0, dir.lastIndexOf("/")), { recursive: true, mode: 0o700 });
  const branch = worktreeBranch(session);
  const added = git(top.out, ["worktree", "add", "-b", branch, dir]);
  if (!added.ok) fail("invalid", `cannot make a worktree of ${top.out}: ${added.err}`);
  return { worktree: dir, branch };
}

/** What in the worktree is not committed, as `git status --short` lines (empty: nothing). */
export function uncommitted(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const status = git(dir, ["status", "--porcelain"]);
  if (!status.ok) fail("invalid", `cannot read worktree ${dir}: ${status.err}`);
  return status.out ? status.out.split("\n") : [];
}

/** Refuses while the worktree holds uncommitted changes: the agent's work is never thrown away. */
export function checkRemovable(dir: string, branch: string | null): void {
  const changes = uncommitted(dir);
  if (changes.length > 0) {
    fail("invalid", `worktree ${dir} has ${changes.length} uncommitted change${changes.length === 1 ? "" : "s"} (${changes[0]!.trim()}${changes.length > 1 ? ", …" : ""}): commit or discard them first${branch ? ` (branch ${branch})` : ""}`);
  }
}

/** Removes the worktree directory (its branch stays, with whatever the agent committed). */
export function removeWorktree(dir: string, branch: string | null): void {
  if (!existsSync(dir)) return;
  checkRemovable(dir, branch);
  const removed = git(dir, ["worktree", "remove", dir]);
  if (!removed.ok) fail("invalid", `cannot remove worktree ${dir}: ${removed.err}`);
}
