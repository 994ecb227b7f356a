import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const ENTRY = new URL("../cli.ts", import.meta.url).pathname;
const FULL_CLI = new URL("./main.ts", import.meta.url).pathname;
// Static imports and re-exports; type-only imports are erased, so they are skipped.
const STATIC_IMPORT = /^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+["']([^"']+)["']|^import\s+["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Every module reachable from `entry` (with dynamic imports: every module a bundle of it holds), but `stop`. */
function graph(entry: string, { dynamic, stop }: { dynamic: boolean; stop?: string }): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || file === stop) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    const specs = [...source.matchAll(STATIC_IMPORT)].map((m) => (m[1] ?? m[2])!);
    if (dynamic) specs.push(...[...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!));
    for (const spec of specs) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
  };
  visit(entry);
  return { files, packages };
}

const under = (files: Set<string>, ...parts: string[]) => [...files].filter((f) => parts.some((p) => f.includes(p)));

test("every command loads neither meow, drizzle, Ink, React nor the UI before it runs", () => {
  for (const entry of [ENTRY, FULL_CLI]) {
    const { files, packages } = graph(entry, { dynamic: false });
    expect(files.size).toBeGreaterThan(10);
    expect([...packages].sort()).toEqual(["bun:sqlite"]);
    expect(under(files, "/ui/", "/demo/")).toEqual([]);
  }
});

test("the hot entry (event add, hook claude) holds nothing of the full CLI, even loaded on demand", () => {
  // What the installed bytecode bundle (dist/cli.js) is built from: scripts/build.ts refuses more.
  const { files, packages } = graph(ENTRY, { dynamic: true, stop: FULL_CLI });
  expect([...packages].filter((p) => !p.startsWith("bun:") && !p.startsWith("node:"))).toEqual([]);
  expect(under(files, "/ui/", "/demo/", "/cli/help.ts", "/cli/commands.ts", "/cli/parse.ts", "/store/queries.ts", "/store/schema.ts")).toEqual([]);
});
