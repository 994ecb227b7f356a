import { describe, expect, test } from "bun:test";
import { footerBindings, KEYMAP, keysMarkdown, PANES, resolveKey, sharedKeys } from "./keymap.ts";

describe("the keymap table", () => {
  test("no two bindings in one scope share a key", () => {
    expect(sharedKeys(KEYMAP)).toEqual([]);
    // The check itself: a second `a` in the sessions pane is found.
    expect(sharedKeys([...KEYMAP, { command: "session.new", keys: ["a"], description: "", scope: "sessions", footer: false }])).toEqual([{ scope: "sessions", key: "a" }]);
  });

  test("no key means two things in the same pane", () => {
    for (const pane of PANES) {
      const seen = new Map<string, string>();
      for (const b of KEYMAP.filter((k) => k.scope === pane || k.scope === "list" || k.scope === "global")) {
        for (const key of b.keys) {
          const resolved = resolveKey(key, pane)!;
          // Either the key is unique here, or the pane's own binding deliberately wins.
          if (seen.has(key) && seen.get(key) !== resolved.command) throw new Error(`${key} is ambiguous in ${pane}`);
          seen.set(key, resolved.command);
        }
      }
    }
  });

  test("the pane's own binding wins over a global one", () => {
    expect(resolveKey("enter", "projects")!.description).toBe("open sessions");
    expect(resolveKey("enter", "events")!.description).toBe("open its session");
  });

  test("arrows and vim keys both move; Tab, Shift-Tab and numbers switch panes", () => {
    for (const [key, command] of [
      ["up", "move.up"],
      ["k", "move.up"],
      ["down", "move.down"],
      ["j", "move.down"],
      ["g", "move.top"],
      ["G", "move.bottom"],
      ["pageup", "move.pageUp"],
      ["pagedown", "move.pageDown"],
      ["tab", "focus.next"],
      ["shift+tab", "focus.prev"],
      ["3", "focus.detail"],
      ["/", "filter"],
      ["q", "quit"],
      ["ctrl+c", "quit"],
    ]) {
      expect(resolveKey(key!, "sessions")?.command).toBe(command as never);
    }
  });

  test("the footer shows only what the focused pane can do", () => {
    const sessions = footerBindings("sessions").map((b) => b.command);
    expect(sessions).toContain("session.append");
    expect(footerBindings("projects").map((b) => b.command)).not.toContain("session.append");
    expect(footerBindings("events").map((b) => b.command)).toContain("help");
  });

  test("the README's keys table is the keymap's (bun run readme:keys rewrites it)", async () => {
    const readme = await Bun.file(new URL("../../README.md", import.meta.url)).text();
    const table = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme)?.[1];
    expect(table).toBe(keysMarkdown());
  });
});
