#!/usr/bin/env bun
// @bun
import {
  CairnError,
  fail,
  exitCodeOf,
  FORMATS2,
  GLOBAL_FLAGS,
  resolveDbPath,
  Store,
  COMMANDS,
  GROUPS
} from "./cli-g5ebnejy.js";
// package.json
var package_default = {
  name: "cairn",
  version: "0.1.0",
  description: "A terminal console for watching and steering many AI coding agents at once",
  type: "module",
  private: true,
  bin: {
    cairn: "./dist/cli.js"
  },
  scripts: {
    cairn: "bun src/cli.ts",
    demo: "bun src/cli.ts demo",
    build: "bun build src/cli.ts --target=bun --splitting --minify --outdir=dist --external react-devtools-core",
    prepare: "bun run build",
    test: "bun test",
    typecheck: "tsc --noEmit",
    bench: "bun scripts/bench.ts",
    soak: "CAIRN_SOAK=1 bun test src/reliability",
    "db:generate": "drizzle-kit generate"
  },
  engines: {
    bun: ">=1.3"
  },
  dependencies: {
    "drizzle-orm": "^0.45.4",
    ink: "^8.0.0",
    meow: "^14.1.0",
    react: "^19.3.1",
    "string-width": "^9.0.0",
    "strip-ansi": "^7.2.0",
    zod: "^4.6.7"
  },
  devDependencies: {
    "@types/bun": "^1.4.4",
    "@types/react": "^19.3.0",
    "@xterm/headless": "^6.0.0",
    "drizzle-kit": "^0.31.11",
    "ink-testing-library": "^4.0.0",
    typescript: "5.9.3"
  }
};

// src/cli/parse.ts
var kebab = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
var camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
var VALUE_FLAGS = new Set(Object.keys(GLOBAL_FLAGS).map((f) => `--${f}`));
var subcommands = (group) => COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.split(" ")[1]).join(", ");
function findCommand(argv) {
  const positions = [];
  for (let i = 0;i < argv.length && positions.length < 2; i++) {
    const arg = argv[i];
    if (arg === "--")
      break;
    if (arg.startsWith("-") && arg !== "-") {
      if (VALUE_FLAGS.has(arg))
        i++;
      continue;
    }
    positions.push(i);
    if (!GROUPS.includes(arg))
      break;
  }
  const words = positions.map((i) => argv[i]);
  const drop = (n) => argv.filter((_, i) => !positions.slice(0, n).includes(i));
  if (words.length === 0)
    return { spec: COMMANDS.find((c) => c.name === "ui"), rest: argv };
  const [first, second] = words;
  if (GROUPS.includes(first)) {
    const spec = COMMANDS.find((c) => c.name === `${first} ${second}`);
    if (spec)
      return { spec, rest: drop(2) };
    const single = COMMANDS.find((c) => c.name === first);
    if (single)
      return { spec: single, rest: drop(1) };
    if (argv.includes("--help"))
      return { group: first, rest: argv };
    return fail("usage", second === undefined ? `cairn ${first} needs a command: ${subcommands(first)}` : `unknown command: cairn ${first} ${second} (try ${subcommands(first)})`);
  }
  const spec = COMMANDS.find((c) => c.name === first);
  if (!spec)
    return fail("usage", `unknown command ${JSON.stringify(first)}; see cairn --help`);
  return { spec, rest: drop(1) };
}
function parseCommon(argv, flags) {
  const parsed = { input: [], flags: {}, given: [], repeated: [] };
  for (const [name, f] of Object.entries(flags))
    if (f.defaultOn)
      parsed.flags[name] = true;
  for (let i = 0;i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-" || !arg.startsWith("-")) {
      parsed.input.push(arg);
      continue;
    }
    if (!arg.startsWith("--") || arg === "--")
      return;
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (name === "help" || name === "version" || name.startsWith("no-"))
      return;
    const key = camel(name);
    const spec = flags[key];
    parsed.given.push(key);
    if (key in parsed.flags && !spec?.defaultOn)
      parsed.repeated.push(key);
    if (spec?.type === "boolean") {
      if (eq >= 0)
        return;
      parsed.flags[key] = true;
    } else {
      parsed.flags[key] = eq >= 0 ? arg.slice(eq + 1) : argv[++i] ?? "";
    }
  }
  return parsed;
}
function joinStdinValues(argv, flags) {
  const stringFlags = new Set(Object.entries(flags).filter(([, f]) => f.type === "string").map(([name]) => `--${kebab(name)}`));
  const out = [];
  for (let i = 0;i < argv.length; i++) {
    if (stringFlags.has(argv[i]) && argv[i + 1] === "-")
      out.push(`${argv[i++]}=-`);
    else
      out.push(argv[i]);
  }
  return out;
}
async function parseWithMeow(spec, argv, flags) {
  const [{ default: meow }, { commandHelp }] = await Promise.all([import("./index-hzee6mzq.js"), import("./help-t9j8wx18.js")]);
  let cli;
  try {
    cli = meow(commandHelp(spec), {
      importMeta: import.meta,
      argv: joinStdinValues(argv, flags),
      pkg: { name: "cairn", version: package_default.version },
      description: false,
      allowUnknownFlags: true,
      flags: Object.fromEntries(Object.entries(flags).map(([name, f]) => [name, { type: f.type, shortFlag: f.shortFlag, ...f.defaultOn ? { default: true } : {} }]))
    });
  } catch (error) {
    return fail("usage", String(error.message).split(`
`)[0]);
  }
  const values = cli.flags;
  return {
    input: cli.input.map(String),
    flags: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Array.isArray(v) ? v.at(-1) : v])),
    given: Object.keys(cli.unnormalizedFlags),
    repeated: Object.entries(values).filter(([, v]) => Array.isArray(v)).map(([k]) => k)
  };
}
async function parseArgs(spec, argv) {
  const flags = { ...GLOBAL_FLAGS, ...spec.flags };
  const parsed = parseCommon(argv, flags) ?? await parseWithMeow(spec, argv, flags);
  const known = new Set(["help", "version", ...Object.keys(flags), ...Object.keys(flags).map(kebab)]);
  for (const f of Object.values(flags))
    if (f.shortFlag)
      known.add(f.shortFlag);
  for (const name of parsed.given) {
    if (!known.has(name))
      fail("usage", `unknown option ${name.length === 1 ? "-" : "--"}${kebab(name)} for cairn ${spec.name}; see cairn ${spec.name} --help`);
  }
  if (parsed.repeated.length > 0)
    fail("usage", `--${kebab(parsed.repeated[0])} is given more than once`);
  for (const [name, value] of Object.entries(parsed.flags)) {
    if (value === "" && flags[name]?.type === "string")
      fail("usage", `--${kebab(name)} needs a value`);
  }
  const [min, max] = spec.arity;
  const n = parsed.input.length;
  if (n < min || n > max) {
    const expected = min === max ? `${min}` : `${min} to ${max}`;
    fail("usage", `cairn ${spec.name} takes ${expected} argument${max === 1 ? "" : "s"}${spec.args ? ` (${spec.args})` : ""}, got ${n}; see cairn ${spec.name} --help`);
  }
  return { input: parsed.input, flags: parsed.flags };
}

// src/cli/output.ts
var pending = Promise.resolve();
var readerGone = false;
var isBrokenPipe = (error) => error?.code === "EPIPE";
function writeOut(text) {
  if (text === "")
    return;
  pending = pending.then(async () => {
    if (readerGone)
      return;
    try {
      await Bun.write(Bun.stdout, text);
    } catch (error) {
      if (!isBrokenPipe(error))
        throw error;
      readerGone = true;
    }
  });
}
function writeErr(text) {
  pending = pending.then(() => Bun.write(Bun.stderr, text)).catch(() => {
    return;
  });
}
var flushed = () => pending;

// src/cli.ts
async function main(argv) {
  if (argv[0] === "--version" || argv[0] === "-v")
    return writeOut(`${package_default.version}
`);
  const overview = async (group) => writeOut((await import("./help-t9j8wx18.js")).overviewHelp(group) + `
`);
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help"))
    return overview();
  const { spec, group, rest } = findCommand(argv);
  if (!spec)
    return overview(group);
  const { input, flags } = await parseArgs(spec, rest);
  const format = flags.format ?? "table";
  if (!FORMATS2.includes(format))
    fail("usage", `unknown format ${JSON.stringify(format)}: use ${FORMATS2.join(", ")}`);
  const location = resolveDbPath(flags.db);
  let store;
  const invocation = {
    input,
    flags,
    format,
    dbPath: location.path,
    dbIsDefault: location.isDefault,
    actor: process.env.CAIRN_ACTOR || `cli:${process.env.USER || "user"}`,
    store: () => store ??= Store.open(location.path, { createDir: location.isDefault }),
    write: writeOut
  };
  try {
    return await spec.run(invocation);
  } finally {
    store?.close();
  }
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = typeof code === "number" ? code : 0;
}, (error) => {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.replace(/\s*\n\s*/g, " ");
  if (error instanceof CairnError) {
    writeErr(`cairn: ${line}
`);
    process.exitCode = exitCodeOf(error.code);
  } else {
    writeErr(`cairn: unexpected error: ${line}
`);
    if (process.env.CAIRN_DEBUG)
      console.error(error);
    process.exitCode = 1;
  }
}).then(flushed).then(() => process.exit());
