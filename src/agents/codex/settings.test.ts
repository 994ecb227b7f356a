import { afterAll, describe, expect, test } from "bun:test";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cairn, tempDir } from "../../testing/harness.ts";
import { CODEX_HOOKS, enableHooksFeature } from "./settings.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

let n = 0;
/** A fresh CODEX_HOME holding these files. */
function codexHome(files: Record<string, string>): string {
  const home = `${tmp.dir}/codex-${++n}`;
  mkdirSync(home, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(`${home}/${name}`, text);
  return home;
}
const hook = (home: string, ...args: string[]) => cairn(tmp.db, ["hook", "codex", ...args], { env: { CODEX_HOME: home } });
const read = (home: string, name: string) => readFileSync(`${home}/${name}`, "utf8");

const USER_HOOKS = { hooks: { Stop: [{ hooks: [{ type: "command", command: "notify-send done" }] }] } };
const USER_CONFIG = `# my settings\nmodel = "o4"\n\n[features]\nweb_search = true\n\n[mcp_servers.docs]\ncommand = "docs"\n`;

describe("hook codex --install / --uninstall", () => {
  test("adds every hook next to the person's own and switches the feature on, with backups", async () => {
    const home = codexHome({ "hooks.json": JSON.stringify(USER_HOOKS), "config.toml": USER_CONFIG });
    const run = await hook(home, "--install");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`installed cairn hooks in ${home}/hooks.json (previous file kept as ${home}/hooks.json.cairn-backup-`);
    expect(run.stdout).toContain(`switched on [features] hooks in ${home}/config.toml (previous file kept as`);
    const hooks = JSON.parse(read(home, "hooks.json")).hooks;
    for (const { event, matcher } of CODEX_HOOKS) {
      const ours = hooks[event].at(-1);
      expect(ours.hooks[0].command).toContain(`hook codex --db ${tmp.db}`);
      expect(ours.matcher).toBe(matcher);
    }
    expect(hooks.Stop[0]).toEqual(USER_HOOKS.hooks.Stop[0]);
    const config = read(home, "config.toml");
    expect(config).toStartWith("# my settings\n");
    expect(Bun.TOML.parse(config)).toEqual({ model: "o4", features: { hooks: true, web_search: true }, mcp_servers: { docs: { command: "docs" } } });
    expect(readdirSync(home).filter((f) => f.includes(".cairn-backup-"))).toHaveLength(2);

    const again = await hook(home, "--install");
    expect(again.stdout).toBe(`cairn hooks already installed in ${home}/hooks.json\n`);
    expect(readdirSync(home).filter((f) => f.includes(".cairn-backup-"))).toHaveLength(2);

    const removed = await hook(home, "--uninstall");
    expect(removed.stdout).toStartWith(`removed cairn hooks from ${home}/hooks.json`);
    expect(JSON.parse(read(home, "hooks.json"))).toEqual(USER_HOOKS);
  });

  test("a new CODEX_HOME gets both files", async () => {
    const home = codexHome({});
    expect((await hook(home, "--install")).code).toBe(0);
    expect(Bun.TOML.parse(read(home, "config.toml"))).toEqual({ features: { hooks: true } });
    expect(Object.keys(JSON.parse(read(home, "hooks.json")).hooks).sort()).toEqual(CODEX_HOOKS.map((h) => h.event).sort());
  });

  test("a malformed hooks.json or config.toml is refused and nothing is written", async () => {
    for (const files of [
      { "hooks.json": "{ not json", "config.toml": USER_CONFIG },
      { "hooks.json": JSON.stringify(USER_HOOKS), "config.toml": "[features\nhooks = " },
      { "hooks.json": JSON.stringify({ hooks: [] }), "config.toml": USER_CONFIG },
    ]) {
      const home = codexHome(files);
      const run = await hook(home, "--install");
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^cairn: .*cairn left it untouched\n$/);
      expect(readdirSync(home).sort()).toEqual(Object.keys(files).sort());
      for (const [name, text] of Object.entries(files)) expect(read(home, name)).toBe(text);
    }
  });

  test("--install and --uninstall together is a usage error", async () => {
    const run = await hook(codexHome({}), "--install", "--uninstall");
    expect(run.code).toBe(2);
  });
});

describe("enableHooksFeature", () => {
  test("sets an existing hooks = false, keeps the older name's true, and leaves other tables alone", () => {
    expect(enableHooksFeature("c", "[features]\nhooks = false\n[x]\nhooks = 1\n")).toBe("[features]\nhooks = true\n[x]\nhooks = 1\n");
    expect(enableHooksFeature("c", "[features]\ncodex_hooks = true\n")).toBeUndefined();
    expect(enableHooksFeature("c", 'model = "o4"')).toBe('model = "o4"\n\n[features]\nhooks = true\n');
  });
});
