import { expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const ENTRY = new URL("../cli.ts", import.meta.url).pathname;
const FULL_CLI = new URL("./main.ts", import.meta.url).pathname;
// Static imports and re-exports; type-only imports are erased, so they are skipped.
const STATIC_IMPORT = /^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+["']([^"']+)["']|^import\s+["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["'](\.[^"']+)["']\s*\)/g;

/**
 * Every module reachable from `entry` (with dynamic imports: every module a bundle of it holds),
 * but `stop`. `packages` are the packages imported; `eager` those imported statically somewhere.
 */
function graph(entry: string, { dynamic, stop }: { dynamic: boolean; stop?: string }): { files: Set<string>; packages: Set<string>; eager: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || file === stop) return;
    files.add(file);
    const source = readFileSync(file, "utf8");
    const statics = [...source.matchAll(STATIC_IMPORT)].map((m) => (m[1] ?? m[2])!);
    const dynamics = dynamic ? [...source.matchAll(DYNAMIC_IMPORT)].map((m) => (m[1] ?? m[2])!) : [];
    for (const spec of [...statics, ...dynamics]) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!);
    }
    for (const spec of statics) if (!spec.startsWith(".")) eager.add(spec);
  };
  visit(entry);
  return { files, packages, eager };
}

const under = (files: Set<string>, ...parts: string[]) => [...files].filter((f) => parts.some((p) => f.includes(p)));

test("every command loads neither meow, drizzle, Ink, React nor the UI before it runs", () => {
  for (const entry of [ENTRY, FULL_CLI]) {
    const { files, packages } = graph(entry, { dynamic: false });
    expect(files.size).toBeGreaterThan(entry === ENTRY ? 5 : 10);
    expect([...packages].sort()).toEqual(entry === ENTRY ? [] : ["bun:sqlite"]);
    expect(under(files, "/ui/", "/demo/")).toEqual([]);
  }
});

const HOT_DIR = new URL("./hot/", import.meta.url).pathname;
const HOT_MODULES = [...new Bun.Glob("*.ts").scanSync(HOT_DIR)].map((file) => `${HOT_DIR}${file}`);
const FULL_CLI_ONLY = ["/ui/", "/demo/", "/cli/help.ts", "/cli/commands.ts", "/cli/parse.ts", "/cli/spool-replayers.ts", "/store/queries.ts", "/store/schema.ts"];

test("the entry holds only the recognition of the hot commands' words", () => {
  // What the installed entry (dist/cli.js) is built from; each hot command is a bundle of its own.
  const { files } = graph(ENTRY, { dynamic: false });
  expect([...files].map((f) => f.replace(/.*\/src\//, "")).sort()).toEqual(["cli.ts", "cli/flags.ts", "cli/hot.ts", "cli/parse-flags.ts", "domain/errors.ts", "domain/limits.ts"]);
  expect(HOT_MODULES.map((f) => f.replace(HOT_DIR, "")).sort()).toEqual(["event-add.ts", "hook-claude.ts", "hook-codex.ts", "hook-gemini.ts"]);
});

test("each hot command's bundle holds nothing of the full CLI nor of the other commands, even loaded on demand", () => {
  // What the installed bytecode bundles (dist/hot-*.js) are built from: scripts/build.ts refuses more.
  for (const module of HOT_MODULES) {
    const { files, packages, eager } = graph(module, { dynamic: true, stop: FULL_CLI });
    expect([...packages].filter((p) => !p.startsWith("bun:") && !p.startsWith("node:"))).toEqual([]);
    // Node's modules load where they are needed (`require` inside the function): node:fs alone
    // costs 3–5 ms of CPU to load, a sixth of a hook's budget; Bun.file and Bun.mmap cost ~0.5 ms.
    expect([...eager]).toEqual(["bun:sqlite"]);
    expect(under(files, ...FULL_CLI_ONLY)).toEqual([]);
    // Install and import code, and the other harnesses, stay out: bytecode costs by its size.
    const own = module.endsWith("hook-claude.ts") ? "claude" : module.endsWith("hook-codex.ts") ? "codex" : module.endsWith("hook-gemini.ts") ? "gemini" : "none";
    const others = ["claude", "codex", "gemini"].filter((agent) => agent !== own).map((agent) => `/agents/${agent}/hook`);
    expect(under(files, "/cli/handlers/claude.ts", "/cli/handlers/agents.ts", "/settings.ts", "/claude/import.ts", "/rollout.ts", "/chats.ts", ...others), module).toEqual([]);
  }
});
