/**
 * `bun run build`: the installed command in dist/, two bundles side by side.
 * - dist/cli.js, the entry (package.json's bin): src/cli.ts and the hot commands it runs itself
 *   (`event add`, `hook claude`), one CommonJS file with its bytecode (dist/cli.js.jsc), so
 *   hooks start without parsing or compiling JavaScript. Bytecode needs CommonJS and no code
 *   splitting; Ink's top-level await could not be in it, and nothing else heavy may be: the
 *   build fails if anything reaches for meow, drizzle, Ink, React or the UI.
 * - dist/main.js and its chunks: the full CLI (every other command), ES modules split so each
 *   command loads only its own handlers; the entry imports it for everything but the hot paths.
 */
import type { BunPlugin } from "bun";

const ROOT = new URL("../", import.meta.url).pathname;
const OUT = `${ROOT}dist`;

const FORBIDDEN_ON_HOT_PATH = /^(meow|drizzle-orm|ink|react|react-devtools-core)(\/|$)|\/src\/ui\/|\/cli\/(help|commands|parse)\.ts$/;

const hotPath: BunPlugin = {
  name: "hot path",
  setup(build) {
    // The entry's import of the full CLI stays a runtime import of the other bundle.
    build.onResolve({ filter: /\/cli\/main\.ts$/ }, () => ({ path: "./main.js", external: true }));
    build.onResolve({ filter: /.*/ }, (args) => {
      const target = args.path.startsWith(".") ? new URL(args.path, `file://${args.importer}`).pathname : args.path;
      if (FORBIDDEN_ON_HOT_PATH.test(target)) throw new Error(`${target} (imported by ${args.importer.replace(ROOT, "")}) must not be on the hot path`);
      return undefined;
    });
  },
};

async function build(config: Parameters<typeof Bun.build>[0]): Promise<void> {
  const result = await Bun.build(config);
  if (!result.success) {
    for (const log of result.logs) console.error(log);
    process.exit(1);
  }
}

(await import("node:fs")).rmSync(OUT, { recursive: true, force: true });
await build({
  entrypoints: [`${ROOT}src/cli/main.ts`],
  outdir: OUT,
  target: "bun",
  splitting: true,
  minify: true,
  naming: { entry: "[name].[ext]" },
  external: ["react-devtools-core"],
});
await build({
  entrypoints: [`${ROOT}src/cli.ts`],
  outdir: OUT,
  target: "bun",
  format: "cjs",
  bytecode: true,
  minify: true,
  plugins: [hotPath],
});
