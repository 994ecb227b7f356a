import { expect, test } from "bun:test";
import { Text } from "ink";
import { render } from "ink-testing-library";
import { addProject } from "../../commands/project.ts";
import { Store } from "../../store/store.ts";
import { tempDir } from "../../testing/harness.ts";
import { untilFrame } from "../../testing/ink-frames.ts";
import { useLive } from "./use-live.ts";

/** Another process's commit, landing while the first frame is being drawn (once). */
let commitWhileDrawing: (() => void) | undefined;
function Elsewhere() {
  commitWhileDrawing?.();
  commitWhileDrawing = undefined;
  return null;
}

function Tick(props: { store: Store }) {
  const { tick } = useLive(props.store);
  return (
    <>
      <Text>tick {tick}</Text>
      <Elsewhere />
    </>
  );
}

test("a commit landing after the first frame is read but before the UI starts watching is still seen", async () => {
  const tmp = tempDir();
  const store = Store.open(tmp.db);
  commitWhileDrawing = () => {
    const other = Store.open(tmp.db);
    addProject({ store: other, actor: "other" }, { id: "api" });
    other.close();
  };
  const ui = render(<Tick store={store} />);
  await untilFrame(ui, (f) => f === "tick 1", "the commit noticed", 2_000);
  expect(ui.lastFrame()).toBe("tick 1");
  ui.unmount();
  store.close();
  tmp.cleanup();
});
