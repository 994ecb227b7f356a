import { afterAll, beforeAll, expect, test } from "bun:test";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { addProject } from "../commands/project.ts";
import { newSession, setStatus } from "../commands/session.ts";
import { getSession, sessionMessages } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { KEY, uiScreens, type PtyScreen } from "../testing/pty.ts";

const tmp = tempDir();
const { open, closeAll } = uiScreens(tmp.db);

/** The terminal color (palette index) the header's "cairn" is drawn in. */
const headerColor = (screen: PtyScreen) => {
  const line = screen.term.buffer.active.getLine(screen.term.buffer.active.viewportY)!;
  const cell = line.getCell(line.translateToString().indexOf("cairn"))!;
  return cell.isFgPalette() ? cell.getFgColor() : -1;
};

beforeAll(() => {
  const store = Store.open(tmp.db);
  const ctx = { store, actor: "seed" };
  addProject(ctx, { id: "api", name: "Payments API" });
  for (let i = 1; i <= 8; i++) newSession(ctx, { project: "api", title: `task ${i}` });
  // An event from another day: its row must say which day.
  store.append([{ stream: "agent:old", kind: "old_news", payload: {}, ts: new Date(2025, 0, 5, 10, 30).getTime() }]);
  store.close();
});
afterAll(() => {
  closeAll();
  tmp.cleanup();
});

test("keys arriving in one read in a real terminal: none is lost", async () => {
  const screen = open();
  await screen.waitFor("task 8");
  // Sessions pane, three rows down from the top, append: all in one write.
  await screen.press("2", "jjj", "a");
  await screen.waitFor("append to api-5");
  // Text, three Backspaces and Enter in one write: sent, with the three characters gone.
  await screen.press("quick replyyy\u007f\u007f\u007f!\r");
  await screen.waitFor("appended to api-5");
  // Five Downs in one read, then Enter and `a` in one read.
  await screen.press("g", KEY.down.repeat(5), "\ra");
  await screen.waitFor("append to api-3");
  await screen.press(KEY.escape);
  await screen.waitFor((s) => !s.includes("append to api-3"));
  await screen.press("q");
  expect(await screen.exited()).toBe(0);
  const store = Store.open(tmp.db);
  expect(sessionMessages(store, "api-5").at(-1)!.parts).toEqual([{ type: "text", text: "quick repl!" }]);
  expect(getSession(store, "api-3")!.messageCount).toBe(0);
  store.close();
}, 60_000);

test("NO_COLOR: not one cell is drawn in color; events from other days show their date", async () => {
  const screen = open({ env: { NO_COLOR: "1" } });
  await screen.waitFor("old_news");
  expect(screen.text()).toContain("2025-01-05 old_news");
  const buffer = screen.term.buffer.active;
  const colored: string[] = [];
  for (let y = 0; y < screen.term.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y)!;
    for (let x = 0; x < screen.term.cols; x++) {
      const cell = line.getCell(x)!;
      if (!cell.isFgDefault() || !cell.isBgDefault()) colored.push(`${x},${y} ${cell.getChars()}`);
    }
  }
  expect(colored).toEqual([]);
  await screen.press("q");
  expect(await screen.exited()).toBe(0);
}, 60_000);

test("a terminal too small for the panes says so, and draws again when it grows", async () => {
  const screen = open({ cols: 40, rows: 10 });
  await screen.waitFor("This terminal is 40×10.");
  expect(screen.text()).not.toContain("╭");
  screen.resize(100, 30);
  await screen.waitFor("task 8");
  await screen.press("q");
  expect(await screen.exited()).toBe(0);
}, 60_000);

test("Ctrl-L draws the whole screen again after something wrote over it", async () => {
  const screen = open();
  await screen.waitFor("task 8");
  // Another program writing to the terminal, as a crashing child process would.
  await new Promise<void>((resolve) => screen.term.write("\u001b[5;5HGARBAGE OVER THE UI\u001b[12;40HMORE", resolve));
  expect(screen.text()).toContain("GARBAGE");
  await screen.press("\u000c");
  await screen.waitFor((s) => !s.includes("GARBAGE") && !s.includes("MORE") && s.includes("task 8"));
  await screen.press("q");
  expect(await screen.exited()).toBe(0);
}, 60_000);

test("$EDITOR composes the draft, $PAGER shows a message, y reaches the terminal as OSC 52, :q quits", async () => {
  const paged = `${tmp.dir}/paged.txt`;
  const editor = `${tmp.dir}/editor.sh`;
  // An editor that appends a line to the draft, as a person would.
  await Bun.write(editor, `#!/bin/sh\nprintf '%s\\n' "from the editor" >> "$1"\n`);
  Bun.spawnSync(["chmod", "+x", editor]);
  const screen = open({ env: { EDITOR: editor, VISUAL: "", PAGER: `cat > ${paged}` } });
  const clipboard: string[] = [];
  screen.term.parser.registerOscHandler(52, (data) => {
    clipboard.push(data);
    return true;
  });
  await screen.waitFor("task 8");
  await screen.press("2", "g", "a", "typed first\n");
  await screen.waitFor("append to api-8");
  await screen.press("\u0018");
  await screen.waitFor("from the editor");
  await screen.press("\r");
  await screen.waitFor("appended to api-8");
  const store = Store.open(tmp.db);
  expect(sessionMessages(store, "api-8").at(-1)!.parts).toEqual([{ type: "text", text: "typed first\nfrom the editor" }]);
  store.close();
  // o in the session pane hands the selected message to $PAGER; so does o in the reader, where y copies it.
  await screen.press("3", "o");
  await screen.waitFor(() => existsSync(paged) && readFileSync(paged, "utf8").includes("from the editor"));
  rmSync(paged);
  await screen.press("v");
  await screen.waitFor("lines 1–2 of 2");
  await screen.press("o");
  await screen.waitFor(() => existsSync(paged) && readFileSync(paged, "utf8").includes("from the editor"));
  await screen.waitFor("lines 1–2 of 2");
  await screen.press("y");
  await screen.waitFor(() => clipboard.length > 0);
  expect(clipboard[0]).toBe(`c;${Buffer.from("typed first\nfrom the editor").toString("base64")}`);
  await screen.press("q");
  await screen.waitFor("task 8");
  await screen.press(":q\r");
  expect(await screen.exited()).toBe(0);
}, 60_000);

test("the bell rings once when a session starts waiting; a config file can turn it off, choose the light theme and rebind keys", async () => {
  const bells: number[] = [];
  const rang = open();
  rang.term.onBell(() => bells.push(Date.now()));
  await rang.waitFor("task 8");
  // The dark theme's accent (the header's name) is cyan; the light one's is blue.
  expect(headerColor(rang)).toBe(6);
  const store = Store.open(tmp.db);
  const ctx = { store, actor: "agent" };
  setStatus(ctx, { session: "api-1", status: "running" });
  setStatus(ctx, { session: "api-1", status: "waiting" });
  await rang.waitFor("1 waiting");
  await rang.waitFor(() => bells.length === 1);
  await rang.press("q");
  expect(await rang.exited()).toBe(0);
  expect(bells).toHaveLength(1);

  const config = `${tmp.dir}/config`;
  await Bun.write(`${config}/cairn/config.toml`, 'theme = "light"\nbell = false\n[keys]\n"session.append" = ["+"]\n');
  const quiet = open({ env: { XDG_CONFIG_HOME: config } });
  quiet.term.onBell(() => bells.push(Date.now()));
  await quiet.waitFor("1 waiting");
  expect(headerColor(quiet)).toBe(4);
  setStatus(ctx, { session: "api-2", status: "running" });
  setStatus(ctx, { session: "api-2", status: "waiting" });
  store.close();
  await quiet.waitFor("2 waiting");
  await quiet.press("2", "g", "+");
  await quiet.waitFor("append to api-8");
  await quiet.press("\u001b");
  await quiet.waitFor((s) => !s.includes("append to"));
  await quiet.press("?");
  await quiet.waitFor("+");
  await quiet.press("q");
  await quiet.waitFor("task 8");
  await quiet.press("q");
  expect(await quiet.exited()).toBe(0);
  expect(bells).toHaveLength(1);
}, 60_000);
