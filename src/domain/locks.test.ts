import { describe, expect, test } from "bun:test";
import { editedPath, lockChange, lockCovers, lockRefusal, type LockEvent } from "./locks.ts";

let seq = 0;
const lock = (kind: string, session: string | null, path: unknown): LockEvent => ({ seq: ++seq, kind, session, payload: { path }, ts: 1_000 * seq });

// What the changes add up to (taking twice, a release by another session, a finished
// holder) is tested through the store's projection: store/held-locks.test.ts.
describe("what a lock event changes", () => {
  test("lock_acquired takes its path, in normal form, for its session, since the event", () => {
    const e = lock("lock_acquired", "api-1", " ./src/a.ts/ ");
    expect(lockChange(e)).toEqual({ take: { path: "src/a.ts", session: "api-1", since: e.ts, seq: e.seq } });
  });

  test("lock_released frees its path, for its session or, without one, for everyone", () => {
    expect(lockChange(lock("lock_released", "api-2", "src/a.ts"))).toEqual({ free: { path: "src/a.ts", session: "api-2" } });
    expect(lockChange(lock("lock_released", null, "./src/a.ts/"))).toEqual({ free: { path: "src/a.ts", session: null } });
  });

  test("other events, lock events without a path, and a lock taken without a session change nothing", () => {
    expect(lockChange(lock("tests_passed", "api-1", "src/a.ts"))).toBeUndefined();
    expect(lockChange(lock("lock_acquired", "api-1", 42))).toBeUndefined();
    expect(lockChange(lock("lock_acquired", "api-1", " ./ "))).toBeUndefined();
    expect(lockChange(lock("lock_acquired", null, "src/a.ts"))).toBeUndefined();
  });
});

describe("paths a lock covers", () => {
  test("a plain path covers itself and what is under it", () => {
    expect(lockCovers("src/a.ts", "src/a.ts")).toBe(true);
    expect(lockCovers("src", "src/deep/a.ts")).toBe(true);
    expect(lockCovers("./src/", "src/a.ts")).toBe(true);
    expect(lockCovers("src/a.ts", "src/a.tsx")).toBe(false);
    expect(lockCovers("src", "srcs/a.ts")).toBe(false);
  });

  test("a glob matches as a glob", () => {
    expect(lockCovers("src/**/*.ts", "src/x/y.ts")).toBe(true);
    expect(lockCovers("*.md", "README.md")).toBe(true);
    expect(lockCovers("*.md", "docs/a.ts")).toBe(false);
  });

  test("edit tools name their file; paths inside the repository become relative", () => {
    expect(editedPath("Write", { file_path: "/repo/src/a.ts" }, "/repo")).toBe("src/a.ts");
    expect(editedPath("NotebookEdit", { notebook_path: "/repo/n.ipynb" }, "/repo/")).toBe("n.ipynb");
    expect(editedPath("Edit", { file_path: "/elsewhere/a.ts" }, "/repo")).toBe("/elsewhere/a.ts");
    expect(editedPath("Bash", { command: "rm -rf src" }, "/repo")).toBeUndefined();
    expect(editedPath("Read", { file_path: "/repo/src/a.ts" }, "/repo")).toBeUndefined();
  });
});

describe("the PreToolUse decision", () => {
  const locks = [{ path: "src/charges.ts", session: "api-1", since: Date.UTC(2026, 0, 1), seq: 1 }];

  test("an edit of a path another session locked is refused, naming the holder and the lock", () => {
    const reason = lockRefusal({ tool: "Edit", toolInput: { file_path: "/repo/src/charges.ts" }, root: "/repo", session: "api-2", locks });
    expect(reason).toContain("src/charges.ts is locked by cairn session api-1");
    expect(reason).toContain('lock on "src/charges.ts" since 2026-01-01T00:00:00.000Z');
  });

  test("the holder itself, other paths and tools that change nothing go through", () => {
    expect(lockRefusal({ tool: "Write", toolInput: { file_path: "/repo/src/charges.ts" }, root: "/repo", session: "api-1", locks })).toBeUndefined();
    expect(lockRefusal({ tool: "Write", toolInput: { file_path: "/repo/src/other.ts" }, root: "/repo", session: "api-2", locks })).toBeUndefined();
    expect(lockRefusal({ tool: "Read", toolInput: { file_path: "/repo/src/charges.ts" }, root: "/repo", session: "api-2", locks })).toBeUndefined();
  });
});
