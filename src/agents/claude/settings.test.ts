import { afterAll, describe, expect, test } from "bun:test";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cairn, tempDir } from "../../testing/harness.ts";
import { INSTALLED_EVENTS as HOOK_EVENTS } from "./hook-events.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const USER_SETTINGS = {
  model: "opus",
  permissions: { allow: ["Bash(bun test:*)"] },
  hooks: {
    PreToolUse: [{ matcher: "Bash", hooks: [{ type: "command", command: "~/bin/guard.sh" }] }],
    Stop: [{ hooks: [{ type: "command", command: "say done" }] }],
  },
};

const settingsFile = (name: string, content: string) => {
  const path = `${tmp.dir}/${name}`;
  writeFileSync(path, content);
  return path;
};
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const install = (path: string, ...extra: string[]) => cairn(tmp.db, ["hook", "claude", "--install", "--settings", path, ...extra]);
const uninstall = (path: string) => cairn(tmp.db, ["hook", "claude", "--uninstall", "--settings", path]);

describe("hook claude --install / --uninstall", () => {
  test("installs every hook event next to the user's own hooks, with a backup", async () => {
    const path = settingsFile("a.json", JSON.stringify(USER_SETTINGS, null, 2));
    const run = await install(path);
    expect(run.code).toBe(0);
    expect(run.stdout).toStartWith(`installed cairn hooks in ${path} (previous file kept as ${path}.cairn-backup-`);
    const settings = json(path);
    expect(settings.model).toBe("opus");
    expect(settings.permissions).toEqual(USER_SETTINGS.permissions);
    for (const event of HOOK_EVENTS) {
      const commands = settings.hooks[event].flatMap((g: { hooks: Array<{ command: string }> }) => g.hooks.map((h) => h.command));
      expect(commands.filter((c: string) => c.includes("hook claude"))).toHaveLength(1);
      expect(commands.find((c: string) => c.includes("hook claude"))).toContain(`--db ${tmp.db}`);
    }
    expect(settings.hooks.PreToolUse[0]).toEqual(USER_SETTINGS.hooks.PreToolUse[0]);
    expect(settings.hooks.PreToolUse[1].matcher).toBe("*");
    expect(settings.hooks.Stop[0]).toEqual(USER_SETTINGS.hooks.Stop[0]);
    const backups = readdirSync(tmp.dir).filter((f) => f.startsWith("a.json.cairn-backup-"));
    expect(backups).toHaveLength(1);
    expect(JSON.parse(readFileSync(`${tmp.dir}/${backups[0]}`, "utf8"))).toEqual(USER_SETTINGS);
  });

  test("installing twice changes nothing", async () => {
    const path = `${tmp.dir}/a.json`;
    const before = readFileSync(path, "utf8");
    const run = await install(path);
    expect(run.stdout).toBe(`cairn hooks already installed in ${path}\n`);
    expect(readFileSync(path, "utf8")).toBe(before);
  });

  test("uninstall removes exactly what install added", async () => {
    const path = `${tmp.dir}/a.json`;
    const run = await uninstall(path);
    expect(run.code).toBe(0);
    expect(json(path)).toEqual(USER_SETTINGS);
    expect((await uninstall(path)).stdout).toBe(`no cairn hooks in ${path}\n`);
  });

  test("a missing settings file is created; uninstall leaves no hooks behind", async () => {
    const path = `${tmp.dir}/new/.claude/settings.json`;
    expect((await install(path)).code).toBe(0);
    expect(Object.keys(json(path).hooks).sort()).toEqual([...HOOK_EVENTS].sort());
    await uninstall(path);
    expect(json(path)).toEqual({});
  });

  test("a malformed settings file is refused with a clear error and left untouched", async () => {
    const broken = '{ "hooks": { "Stop": [ } ';
    const path = settingsFile("broken.json", broken);
    const run = await install(path);
    expect(run.code).toBe(1);
    expect(run.stderr).toStartWith(`cairn: ${path} is not valid JSON`);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(readFileSync(path, "utf8")).toBe(broken);
    const notObject = settingsFile("array.json", "[1,2]");
    expect((await install(notObject)).stderr).toContain("is not a JSON object");
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith("broken.json.") || f.startsWith("array.json."))).toEqual([]);
  });

  test("--scope project writes ./.claude/settings.json; --scope user writes ~/.claude/settings.json", async () => {
    const project = `${tmp.dir}/repo`;
    const { mkdirSync } = await import("node:fs");
    mkdirSync(project);
    expect((await cairn(tmp.db, ["hook", "claude", "--install", "--scope", "project"], { cwd: project })).code).toBe(0);
    expect(Object.keys(json(`${project}/.claude/settings.json`).hooks)).toContain("PostToolUse");
    const home = `${tmp.dir}/home`;
    expect((await cairn(tmp.db, ["hook", "claude", "--install"], { env: { HOME: home } })).code).toBe(0);
    expect(Object.keys(json(`${home}/.claude/settings.json`).hooks)).toContain("SessionStart");
  });

  test("a bad scope is a usage error", async () => {
    const bad = await cairn(tmp.db, ["hook", "claude", "--install", "--scope", "team"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--scope must be user or project");
  });
});
