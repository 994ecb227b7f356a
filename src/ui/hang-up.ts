/** Whether an error says the terminal is gone (EIO after a hang-up). */
export const terminalGone = (error: unknown): boolean => error instanceof Error && /errno: 5\b|EIO/.test(error.message);

/**
 * After a hang-up the terminal is gone: raw-mode changes and drawing fail with EIO (thrown
 * from a render, or emitted on the stream), and there is no one left to tell. Makes those
 * quiet until the returned function is called; any other error stays an error.
 */
export function surviveHangUp(): () => void {
  const stdin = process.stdin as NodeJS.ReadStream;
  const stdout = process.stdout as NodeJS.WriteStream;
  const originalSetRawMode = stdin.setRawMode;
  const originalWrite = stdout.write;
  if (originalSetRawMode) {
    stdin.setRawMode = (mode: boolean) => {
      try {
        return originalSetRawMode.call(stdin, mode);
      } catch (error) {
        if (!terminalGone(error)) throw error;
        return stdin;
      }
    };
  }
  stdout.write = ((...args: unknown[]) => {
    try {
      return (originalWrite as (...a: unknown[]) => boolean).apply(stdout, args);
    } catch (error) {
      if (!terminalGone(error)) throw error;
      return true; // nothing to draw on any more
    }
  }) as typeof stdout.write;
  const onError = (error: Error) => {
    if (!terminalGone(error)) throw error;
  };
  stdin.on("error", onError);
  stdout.on("error", onError);
  return () => {
    if (originalSetRawMode) stdin.setRawMode = originalSetRawMode;
    stdout.write = originalWrite;
    stdin.off("error", onError);
    stdout.off("error", onError);
  };
}
