/**
 * `bun run build`: the installed command in dist/.
 * - dist/cli.js, the entry (package.json's bin): src/cli.ts, which only recognises the hot
 *   commands' words, one CommonJS file with its bytecode (dist/cli.js.jsc).
 * - dist/hot-<command>.js, one per hot command (src/cli/hot/*.ts: `event add`, each agent's
 *   `hook`), each CommonJS with its bytecode, so hooks start without parsing or compiling
 *   JavaScript, and each holding only its own command: loading bytecode costs by its size
 *   (~2 ms for 360 KB), and a hook runs on every tool call. Bytecode needs CommonJS and no
 *   code splitting; Ink's top-level await could not be in it, and nothing else heavy may be:
 *   the build fails if anything reaches for meow, drizzle, Ink, React, the UI, the command
 *   table or the full CLI's handlers (install, import) and spool replayers.
 * - dist/main.js and its chunks: the full CLI (every other command), ES modules split so each
 *   command loads only its own handlers; the entry imports it for everything but the hot paths.
 * - dist/cairn, package.json's bin and what agents' hooks run: the entry and the hot commands
 *   compiled into one executable with their bytecode. It skips what bun does before running a
 *   script (~2.5 ms of a hook's ~15); for every other command line it runs dist/cli.js as bun
 *   would (cli/delegate.ts).
 */
import type { BunPlugin } from "bun";

const ROOT = new URL("../", import.meta.url).pathname;
const OUT = `${ROOT}dist`;

const FORBIDDEN_ON_HOT_PATH = /^(meow|drizzle-orm|ink|react|react-devtools-core)(\/|$)|\/src\/ui\/|\/cli\/(help|commands|parse|spool-replayers)\.ts$|\/cli\/handlers\/(?!event-add\.ts$)/;

/** The hot commands, each its own bundle: dist/hot-<name>.js from src/cli/hot/<name>.ts. */
const HOT_COMMANDS = [...new Bun.Glob("*.ts").scanSync(`${ROOT}src/cli/hot`)].map((file) => file.replace(/\.ts$/, ""));

/** `separate`: the hot commands stay bundles of their own (dist/cli.js), or are built in (dist/cairn). */
const hotPath = (separate: boolean): BunPlugin => ({
  name: "hot path",
  setup(build) {
    // The entry's imports of the full CLI and of the hot commands stay runtime loads of the other bundles.
    build.onResolve({ filter: /\/cli\/main\.ts$/ }, () => ({ path: "./main.js", external: true }));
    if (separate) build.onResolve({ filter: /^\.\/hot\/[\w-]+\.ts$/ }, (args) => (args.importer.endsWith("/cli/hot.ts") ? { path: `./hot-${args.path.slice(6, -3)}.js`, external: true } : undefined));
    build.onResolve({ filter: /.*/ }, (args) => {
      const target = args.path.startsWith(".") ? new URL(args.path, `file://${args.importer}`).pathname : args.path;
      if (FORBIDDEN_ON_HOT_PATH.test(target)) throw new Error(`${target} (imported by ${args.importer.replace(ROOT, "")}) must not be on the hot path`);
      return undefined;
    });
  },
});

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
  // React picks its build by NODE_ENV, and the bundler settles that choice now: without this
  // the UI ran React's development build (several times slower to render), whatever the
  // process set at run time.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
});
/** The compiled executable: the full CLI's import becomes the hand-over to `bun dist/cli.js`. */
const compiled: BunPlugin = {
  name: "compiled",
  setup(build) {
    build.onResolve({ filter: /\/cli\/main\.ts$/ }, () => ({ path: `${ROOT}src/cli/delegate.ts` }));
  },
};

const bytecode = (entry: string, naming: string) => build({ entrypoints: [entry], outdir: OUT, naming, target: "bun", format: "cjs", bytecode: true, minify: true, plugins: [hotPath(true)] });
await Promise.all([
  bytecode(`${ROOT}src/cli.ts`, "[name].[ext]"),
  ...HOT_COMMANDS.map((name) => bytecode(`${ROOT}src/cli/hot/${name}.ts`, "hot-[name].[ext]")),
  build({
    entrypoints: [`${ROOT}src/cli.ts`],
    // A hook or event add is over in ~15 ms: starting the JIT's tiers later (10× the calls
    // before a function is compiled) saves ~1 ms of CPU there and costs a 5 MB transcript
    // read from scratch ~4%. The agent's .env and bunfig.toml (a hook runs in its project)
    // are none of cairn's business.
    compile: { outfile: `${OUT}/cairn`, jitPolicy: 10, autoloadDotenv: false, autoloadBunfig: false },
    target: "bun",
    bytecode: true,
    minify: true,
    plugins: [compiled, hotPath(false)],
    define: { CAIRN_BUILT_WITH_BUN: JSON.stringify(process.execPath) },
  }),
]);
