import type { Format } from "../format/formats.ts";
import type { OpenOptions } from "../store/open.ts";
import type { Store } from "../store/store.ts";

/** A flag as meow takes it, plus what help shows. */
export interface FlagSpec {
  type: "string" | "boolean";
  description: string;
  /** Shown in help after the flag name, like `--limit N`. */
  value?: string;
  shortFlag?: string;
  /** A boolean that is on unless turned off with `--no-<name>`. */
  defaultOn?: boolean;
}

/** What a command handler gets: parsed input, and lazy access to the store. */
export interface Invocation {
  input: string[];
  flags: Record<string, string | boolean | undefined>;
  format: Format;
  dbPath: string;
  /** True when neither --db nor $CAIRN_DB chose the path. */
  dbIsDefault: boolean;
  /** Opens the database (once); only commands that need it call this. */
  store(options?: OpenOptions): Store;
  /** Who is writing, recorded on events as `actor`. */
  actor: string;
  write(text: string): void;
}

/** One CLI command: its words, its help, its flags and its handler. */
export interface CommandSpec {
  name: string;
  args: string;
  summary: string;
  flags: Record<string, FlagSpec>;
  /** Positional arguments accepted: [min, max]. */
  arity: [number, number];
  /** Left out of help: a command cairn runs itself. */
  hidden?: boolean;
  /** Extra help lines (examples, notes). */
  notes?: string[];
  run(cli: Invocation): void | number | Promise<void | number>;
}
