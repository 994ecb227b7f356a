/**
 * The compiled `dist/cairn` (scripts/build.ts) runs the hot commands itself, without bun's
 * start-up work for a script; every other command line it hands to the full CLI, exactly as
 * `bun dist/cli.js` runs it, in a child process of the bun that built it (else the one on
 * PATH). So the UI, supervisors and demo agents run under bun as they always do, and nothing
 * of the compiled executable leaks into what they start.
 */
declare const CAIRN_BUILT_WITH_BUN: string | undefined;

export function runCli(argv: string[]): void {
  const dist = process.execPath.slice(0, process.execPath.lastIndexOf("/"));
  const built = typeof CAIRN_BUILT_WITH_BUN === "string" ? CAIRN_BUILT_WITH_BUN : undefined;
  const bun = built && Bun.file(built).size > 0 ? built : Bun.which("bun");
  if (!bun) {
    process.stderr.write("cairn: bun is needed for this command and is not on PATH (npm install -g bun@1)\n");
    process.exit(1);
  }
  const child = Bun.spawn([bun, `${dist}/cli.js`, ...argv], { stdio: ["inherit", "inherit", "inherit"] });
  // Ctrl-C and a closed terminal reach the whole process group, the child included: this one
  // only waits for it. A SIGTERM is sent to one process: this one passes it on.
  for (const signal of ["SIGINT", "SIGHUP"] as const) process.on(signal, () => {});
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  // Ended by a signal: the status a shell gives it, 128 + the signal's number.
  const signalled = (signal: NodeJS.Signals | number) => 128 + (typeof signal === "number" ? signal : (require("node:os") as typeof import("node:os")).constants.signals[signal]);
  child.exited.then((code) => process.exit(child.signalCode ? signalled(child.signalCode) : code));
}
