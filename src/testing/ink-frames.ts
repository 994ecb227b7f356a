/** Waiting for ink-testing-library frames without polling: checked again on every frame Ink writes. */
import type { render } from "ink-testing-library";

type Rendered = ReturnType<typeof render>;
const watchers = new WeakMap<Rendered["stdout"], Set<() => void>>();

function watch(ui: Rendered): Set<() => void> {
  let set = watchers.get(ui.stdout);
  if (!set) {
    const listeners = new Set<() => void>();
    const write = ui.stdout.write.bind(ui.stdout);
    ui.stdout.write = (frame: string) => {
      write(frame);
      for (const wake of listeners) wake();
    };
    watchers.set(ui.stdout, (set = listeners));
  }
  return set;
}

/** Resolves with the first frame that satisfies `check`; rejects with the last frame after `ms`. */
export function untilFrame(ui: Rendered, check: (frame: string) => boolean, what: string, ms = 5_000): Promise<string> {
  const frame = () => ui.lastFrame() ?? "";
  if (check(frame())) return Promise.resolve(frame());
  const listeners = watch(ui);
  return new Promise((resolve, reject) => {
    const wake = () => {
      if (!check(frame())) return;
      done();
      resolve(frame());
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`screen never showed ${what}:\n${frame()}`));
    }, ms);
    const done = () => {
      clearTimeout(timer);
      listeners.delete(wake);
    };
    listeners.add(wake);
  });
}
