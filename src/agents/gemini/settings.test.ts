import { afterAll, expect, test } from "bun:test";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cairn, tempDir } from "../../testing/harness.ts";
import { GEMINI_HOOKS } from "./settings.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const USER = { security: { auth: { selectedType: "gemini-api-key" } }, hooks: { AfterAgent: [{ hooks: [{ type: "command", command: "say done" }] }] } };
const hook = (...args: string[]) => cairn(tmp.db, ["hook", "gemini", ...args]);

test("hook gemini --install adds every hook next to the person's own, with a backup; --uninstall removes exactly them", async () => {
  const path = `${tmp.dir}/settings.json`;
  writeFileSync(path, JSON.stringify(USER));
  const run = await hook("--install", "--settings", path);
  expect(run.stdout).toStartWith(`installed cairn hooks in ${path} (previous file kept as ${path}.cairn-backup-`);
  const settings = JSON.parse(readFileSync(path, "utf8"));
  expect(settings.security).toEqual(USER.security);
  expect(settings.hooks.AfterAgent[0]).toEqual(USER.hooks.AfterAgent[0]);
  for (const { event, matcher } of GEMINI_HOOKS) {
    expect(settings.hooks[event].at(-1).hooks[0].command).toContain(`hook gemini --db ${tmp.db}`);
    expect(settings.hooks[event].at(-1).matcher).toBe(matcher);
  }
  expect((await hook("--install", "--settings", path)).stdout).toBe(`cairn hooks already installed in ${path}\n`);
  expect((await hook("--uninstall", "--settings", path)).code).toBe(0);
  expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(USER);
});

test("a malformed settings.json is refused and left untouched", async () => {
  const path = `${tmp.dir}/bad.json`;
  writeFileSync(path, "{ nope");
  const run = await hook("--install", "--settings", path);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^cairn: .*cairn left it untouched\n$/);
  expect(readFileSync(path, "utf8")).toBe("{ nope");
  expect(readdirSync(tmp.dir).filter((f) => f.startsWith("bad.json"))).toEqual(["bad.json"]);
});
