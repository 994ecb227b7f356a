import { afterEach, expect, test } from "bun:test";
import { tempDir } from "../testing/harness.ts";
import { loadUiConfig } from "./config.ts";
import { parseKey } from "./keymap.ts";

let home: ReturnType<typeof tempDir> | undefined;
afterEach(() => home?.cleanup());

/** Loads a config.toml with these lines. */
async function load(toml: string) {
  home = tempDir();
  await Bun.write(`${home.dir}/cairn/config.toml`, toml);
  return () => loadUiConfig({ XDG_CONFIG_HOME: home!.dir });
}

test("keys are written as people write them and kept as the keymap names them", async () => {
  const read = await load('mouse = false\n[keys]\n"session.append" = ["Ctrl-X", "+"]\n"redraw" = "Alt-Enter"\n"quit" = ["Q", "Ctrl-Q"]\n');
  expect(read()).toEqual({ mouse: false, keys: { "session.append": ["ctrl+x", "+"], redraw: ["meta+enter"], quit: ["Q", "ctrl+q"] } });
  for (const [text, name] of [["PgDn", "pagedown"], ["↑", "up"], ["Space", " "], ["shift+tab", "shift+tab"], ["ctrl+l", "ctrl+l"], ["Alt-B", "meta+b"]]) expect(parseKey(text!)).toBe(name);
});

test("a key that names no key is refused in one line naming the setting", async () => {
  const read = await load('[keys]\n"session.append" = ["a", "Ctrl-Shift-X"]\n');
  expect(read).toThrow(/config .*config\.toml: keys\.session\.append\.1: "Ctrl-Shift-X" is not a key \(a character, Ctrl-X/);
  const mouse = await load('mouse = "on"\n');
  expect(mouse).toThrow(/config .*config\.toml: mouse: Invalid input: expected boolean/);
});
