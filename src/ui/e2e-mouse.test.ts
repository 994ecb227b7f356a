import { afterAll, beforeAll, expect, test } from "bun:test";
import { addProject } from "../commands/project.ts";
import { appendMessage, newSession } from "../commands/session.ts";
import { getSession } from "../store/queries.ts";
import { Store } from "../store/store.ts";
import { tempDir } from "../testing/harness.ts";
import { uiScreens, type PtyScreen } from "../testing/pty.ts";

const tmp = tempDir();
const { open, closeAll } = uiScreens(tmp.db);

/** What a terminal sends for a click (press and release) at a cell, 0-based, in SGR encoding. */
const click = (x: number, y: number) => `\u001b[<0;${x + 1};${y + 1}M\u001b[<0;${x + 1};${y + 1}m`;
const wheel = (x: number, y: number, down: boolean) => `\u001b[<${down ? 65 : 64};${x + 1};${y + 1}M`;
/** The session the detail pane shows (its title starts with the id). */
const shown = (screen: string) => /│ 3 (\S+) · /.exec(screen)?.[1];
/** The session listed on a screen row (sessions made in the same millisecond list in any order). */
const idAt = (screen: PtyScreen, row: number) => /^│ [a-z]+\s+(\S+)/.exec(screen.lines()[row]!)?.[1];
/** The row a text is drawn on in the left column (sessions), or the right one (messages). */
const rowOf = (screen: PtyScreen, text: string, right = false) => screen.lines().findIndex((l) => (right ? l.slice(38) : l.slice(0, 38)).includes(text));

beforeAll(() => {
  const store = Store.open(tmp.db);
  const ctx = { store, actor: "seed" };
  addProject(ctx, { id: "api", name: "Payments API" });
  for (let i = 1; i <= 12; i++) newSession(ctx, { project: "api", title: `task ${i}` });
  for (let i = 1; i <= 4; i++) appendMessage(ctx, { session: "api-12", role: "user", message: [{ type: "text", text: `note ${i}` }] });
  store.close();
});
afterAll(() => {
  closeAll();
  tmp.cleanup();
});

test("a click focuses a pane and selects the row under it; the wheel moves the list under the pointer", async () => {
  const screen = open();
  await screen.waitFor("task 12");
  // Reporting is on while the UI reads the keyboard (SGR coordinates).
  await screen.waitFor(() => screen.term.modes.mouseTrackingMode === "vt200");
  const first = rowOf(screen, "2 sessions") + 1;
  const at = (i: number) => idAt(screen, first + i);
  await screen.press(click(10, first + 4));
  // Selected, and the sessions pane has the focus now: its keys are in the footer.
  await screen.waitFor((s) => shown(s) === at(4) && s.split("\n").at(-1)!.includes("a append message"));
  // Three rows per notch, twice; then up once.
  await screen.press(wheel(10, first, true), wheel(10, first, true));
  await screen.waitFor((s) => shown(s) === at(10));
  await screen.press(wheel(10, first, false));
  await screen.waitFor((s) => shown(s) === at(7));
  // Keys and clicks in one read act in the order they came: j, a click on the second row, then j.
  await screen.press("j", click(10, first + 1), "j");
  await screen.waitFor((s) => shown(s) === at(2));
  // A click on a message in the session pane focuses it and selects that message.
  await screen.press(click(10, rowOf(screen, "task 12 ")));
  await screen.waitFor((s) => shown(s) === "api-12");
  await screen.press(click(60, rowOf(screen, "note 2", true)));
  await screen.waitFor((s) => s.includes("· 2/4"));
  await screen.press("q");
  expect(await screen.exited()).toBe(0);
  // Off again when the UI is gone.
  expect(screen.term.modes.mouseTrackingMode).toBe("none");
}, 60_000);

test("in the pickers a click chooses the option under it: a status, a kind to hide", async () => {
  const screen = open();
  await screen.waitFor(() => screen.term.modes.mouseTrackingMode === "vt200");
  await screen.press("2", "g", "s");
  await screen.waitFor("set status of");
  const session = /set status of (\S+)/.exec(screen.text())![1]!;
  await screen.press(click(60, rowOf(screen, "running", true)));
  await screen.waitFor(`${session} · running`);
  await screen.press("4", "K");
  await screen.waitFor("event kinds");
  await screen.press(click(60, rowOf(screen, "session.status_changed", true)));
  await screen.waitFor("hiding session.status_changed");
  await screen.press("\r", "q");
  expect(await screen.exited()).toBe(0);
  const store = Store.open(tmp.db);
  expect(getSession(store, session)!.status).toBe("running");
  store.close();
}, 60_000);

test("reporting goes off while $EDITOR has the terminal and comes back after", async () => {
  const go = `${tmp.dir}/go`;
  const editor = `${tmp.dir}/editor.sh`;
  // An editor that stays open until the test lets it go.
  await Bun.write(editor, `#!/bin/sh\nwhile [ ! -f "${go}" ]; do sleep 0.05; done\nprintf 'edited\\n' > "$1"\n`);
  Bun.spawnSync(["chmod", "+x", editor]);
  const screen = open({ env: { EDITOR: editor, VISUAL: "" } });
  await screen.waitFor("task 12");
  await screen.press("2", "a", "\u0018");
  await screen.waitFor(() => screen.term.modes.mouseTrackingMode === "none");
  await Bun.write(go, "");
  await screen.waitFor((s) => s.includes("edited") && screen.term.modes.mouseTrackingMode === "vt200");
  await screen.press("\u001b");
  await screen.waitFor("Discard the draft?");
  await screen.press("y", "q");
  expect(await screen.exited()).toBe(0);
}, 60_000);

test("mouse = false in the config: reporting is never turned on, and clicks do nothing", async () => {
  const config = `${tmp.dir}/config`;
  await Bun.write(`${config}/cairn/config.json`, JSON.stringify({ mouse: false }));
  let asked = false;
  const screen = open({
    env: { XDG_CONFIG_HOME: config },
    onScreen: (s) => {
      if (s.term.modes.mouseTrackingMode !== "none") asked = true;
    },
  });
  await screen.waitFor("task 12");
  await screen.press("2");
  const first = rowOf(screen, "2 sessions") + 1;
  await screen.waitFor((s) => shown(s) === idAt(screen, first));
  await screen.press(click(10, first + 4), "j");
  await screen.waitFor((s) => shown(s) === idAt(screen, first + 1));
  await screen.press("q");
  expect(await screen.exited()).toBe(0);
  expect(asked).toBe(false);
}, 60_000);
