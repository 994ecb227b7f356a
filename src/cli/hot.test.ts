import { expect, test } from "bun:test";
import { hotCommand } from "./hot.ts";

const taken = (line: string) => hotCommand(line.split(" ").filter(Boolean)) !== undefined;

test("the entry runs event add and the hooks itself, in the shapes the common parser takes", () => {
  for (const line of [
    "event add tick",
    "--db x.db event add tick --source a --payload {} --format json",
    "event add tick --payload=-",
    "hook claude",
    "--db x.db hook claude --project p",
    "hook codex --db x.db",
    "hook gemini --project p",
    // Usage errors too: the same checks give the same message the full CLI would.
    "event add",
    "event add tick --bogus 1",
  ]) {
    expect(taken(line), line).toBe(true);
  }
});

test("everything else goes to the full CLI", () => {
  for (const line of [
    "",
    "--version event add tick",
    "event list",
    "event",
    "event add tick --help",
    "event add tick -h",
    "hook claude --install",
    "hook claude --uninstall --scope project",
    "hook codex --install",
    "hook gemini --install --settings s.json",
    "hook cursor",
    "session new p",
    "event add -- tick",
  ]) {
    expect(taken(line), line).toBe(false);
  }
});
