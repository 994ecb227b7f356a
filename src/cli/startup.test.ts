import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const ENTRY = new URL("../cli.ts", import.meta.url).pathname;
// Static imports and re-exports only: `await import()` is how the UI is loaded on demand.
// Type-only imports are erased, so they are skipped.
const STATIC_IMPORT = /^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+["']([^"']+)["']|^import\s+["']([^"']+)["']/gm;

/** Every module the CLI loads before it runs a command, following static imports. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const spec = (match[1] ?? match[2])!;
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  };
  visit(entry);
  return { files, packages };
}

test("the CLI loads neither meow, drizzle, Ink, React nor the UI before running a command", () => {
  const { files, packages } = staticGraph(ENTRY);
  expect(files.size).toBeGreaterThan(10);
  expect([...packages].sort()).toEqual(["bun:sqlite"]);
  expect([...files].filter((f) => f.includes("/ui/") || f.includes("/demo/"))).toEqual([]);
});
