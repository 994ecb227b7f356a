/**
 * A file shipped with cairn (`drizzle/…`, `src/demo/agent.ts`). This module sits one level below
 * the package root as a source (src/), bundled (dist/) and compiled (dist/cairn), so one
 * relative path serves all three.
 */
export const packageFile = (relative: string): string => new URL(`../${relative}`, packageBase()).pathname;

/** Compiled into dist/cairn, a module's own URL is where it was built; the executable is where the package is now. */
const packageBase = (): string => (Bun.main.startsWith("/$bunfs/") ? `file://${process.execPath}` : import.meta.url);
