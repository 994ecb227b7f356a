import { describe, expect, test } from "bun:test";
import { editedPath, heldLocks, lockCovers, lockRefusal, type LockEvent } from "./locks.ts";

let seq = 0;
const lock = (kind: "lock_acquired" | "lock_released", session: string | null, path: unknown): LockEvent => ({ seq: ++seq, kind, session, payload: { path }, ts: 1_000 * seq });
const none = () => false;

describe("held locks", () => {
  test("a lock is held from lock_acquired until its session releases that path", () => {
    const events = [lock("lock_acquired", "api-1", "src/a.ts"), lock("lock_acquired", "api-2", "src/b.ts"), lock("lock_released", "api-1", "src/a.ts")];
    expect(heldLocks(events, none).map((l) => [l.session, l.path])).toEqual([["api-2", "src/b.ts"]]);
  });

  test("a release by another session leaves the holder's lock; one without a session frees the path", () => {
    const taken = [lock("lock_acquired", "api-1", "src/a.ts"), lock("lock_acquired", "api-2", "src/a.ts")];
    expect(heldLocks([...taken, lock("lock_released", "api-2", "src/a.ts")], none).map((l) => l.session)).toEqual(["api-1"]);
    expect(heldLocks([...taken, lock("lock_released", null, "./src/a.ts/")], none)).toEqual([]);
  });

  test("a lock ends when its holder's session ends", () => {
    const events = [lock("lock_acquired", "api-1", "src/a.ts"), lock("lock_acquired", "api-2", "src/b.ts")];
    expect(heldLocks(events, (s) => s === "api-1").map((l) => l.session)).toEqual(["api-2"]);
  });

  test("taking the same lock twice keeps the first time; events without a path or a session hold nothing", () => {
    const first = lock("lock_acquired", "api-1", "src/a.ts");
    const held = heldLocks([first, lock("lock_acquired", "api-1", "src/a.ts"), lock("lock_acquired", null, "x"), lock("lock_acquired", "api-3", 42)], none);
    expect(held).toEqual([{ path: "src/a.ts", session: "api-1", since: first.ts, seq: first.seq }]);
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
