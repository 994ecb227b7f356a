/**
 * Output for the CLI through Bun's file writer: touching `process.stdout` loads Node's
 * stream machinery, ~6 ms of every start. Writes stay in order; a reader that went away
 * (`cairn event list | head`) ends further output quietly instead of failing.
 */
let pending: Promise<unknown> = Promise.resolve();
let readerGone = false;

const isBrokenPipe = (error: unknown) => (error as { code?: string } | null)?.code === "EPIPE";

export function writeOut(text: string): void {
  if (text === "") return;
  pending = pending.then(async () => {
    if (readerGone) return;
    try {
      await Bun.write(Bun.stdout, text);
    } catch (error) {
      if (!isBrokenPipe(error)) throw error;
      readerGone = true;
    }
  });
}

export function writeErr(text: string): void {
  pending = pending.then(() => Bun.write(Bun.stderr, text)).catch(() => undefined);
}

/** Resolves when everything written so far has reached the file descriptors. */
export const flushed = (): Promise<unknown> => pending;
