/**
 * A file shipped with cairn (`drizzle/…`, `src/demo/agent.ts`). This module sits one level below
 * the package root both as a source (src/) and bundled (dist/), so one relative path serves both.
 */
export const packageFile = (relative: string): string => new URL(`../${relative}`, import.meta.url).pathname;
