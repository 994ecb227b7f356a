/**
 * Output for the CLI. Every write is checked: a full disk is an error (never a silently
 * truncated export), and a reader that went away (EPIPE, `cairn export | head -1`) ends the
 * process quietly at once. node:fs is required on first use (files): it is not needed to start.
 */
import { CairnError } from "../domain/errors.ts";

type Fs = typeof import("node:fs");
let fs: Fs | undefined;
const nodeFs = (): Fs => (fs ??= require("node:fs") as Fs);

/** Exit status when the reader of stdout went away, as if killed by SIGPIPE (128 + 13). */
export const BROKEN_PIPE_EXIT = 141;

const errnoOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code;

/** One line for a failed write to `what` (stdout, or a file name). */
export function writeFailure(what: string, error: unknown): CairnError {
  const code = errnoOf(error);
  const reason =
    code === "ENOSPC" ? "the disk is full"
    : code === "EFBIG" ? "the file is too large for this system or its limits"
    : code === "EDQUOT" ? "the disk quota is exhausted"
    : code === "EIO" ? "an I/O error"
    : code === "EACCES" || code === "EPERM" ? "permission denied"
    : code ?? String((error as Error)?.message ?? error);
  return new CairnError("storage", `cannot write ${what}: ${reason}`);
}

/** Writes all of `bytes` to `fd`, retrying partial and would-block writes. Throws the errno error. */
export function writeAllSync(fd: number, text: string | Uint8Array): void {
  const { writeSync } = nodeFs();
  let bytes = typeof text === "string" ? Buffer.from(text) : text;
  while (bytes.byteLength > 0) {
    let n: number;
    try {
      n = writeSync(fd, bytes);
    } catch (error) {
      // A non-blocking descriptor (inherited from a parent) that is full: wait for the reader.
      if (errnoOf(error) === "EAGAIN") {
        Bun.sleepSync(1);
        continue;
      }
      throw error;
    }
    bytes = bytes.subarray(n);
  }
}

/** Ends the process quietly: whoever read our output has all they wanted. */
function brokenPipe(): never {
  process.exit(BROKEN_PIPE_EXIT);
}

// Bun.write reports ENOSPC and EPIPE (console.log drops them) and starts as fast; node:fs
// would cost ~4 ms at start-up on every hook. Writes are chained so they stay in order.
let pending: Promise<unknown> = Promise.resolve();
let failure: CairnError | undefined;

export function writeOut(text: string): void {
  if (text === "" || failure) return;
  pending = pending.then(() =>
    Bun.write(Bun.stdout, text).catch((error: unknown) => {
      if (errnoOf(error) === "EPIPE") brokenPipe();
      failure ??= writeFailure("to standard output", error);
    }),
  );
}

/** Waits until everything written so far is out; throws if any of it could not be written. */
export async function flushOut(): Promise<void> {
  await pending;
  if (failure) throw failure;
}

export function writeErr(text: string): void {
  console.error(text.endsWith("\n") ? text.slice(0, -1) : text);
}

/**
 * Collects output lines and writes them in large pieces: one system call per line would be
 * slow for a million-line export, and a whole export in memory is what we must avoid.
 */
export class LineWriter {
  #pending: string[] = [];
  #size = 0;
  constructor(
    private readonly write: (text: string) => void,
    private readonly limit = 64 * 1024,
  ) {}

  /** Adds a line; true when a piece was handed to `write` (a caller may wait for it then). */
  line(text: string): boolean {
    this.#pending.push(text, "\n");
    this.#size += text.length + 1;
    if (this.#size < this.limit) return false;
    this.flush();
    return true;
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    const text = this.#pending.join("");
    this.#pending = [];
    this.#size = 0;
    this.write(text);
  }
}

/**
 * Whether the reader of stdout has gone (`cairn event tail --follow | head -3`): a follower
 * that has nothing new to print would otherwise never find out. poll(2) reports POLLERR on a
 * pipe whose reader closed; checked through libc, and never when stdout is not a pipe.
 */
export function stdoutReaderGone(): () => boolean {
  const fs = nodeFs();
  if (process.platform !== "linux" || !fs.fstatSync(1).isFIFO()) return () => false;
  try {
    const { dlopen, FFIType, ptr } = require("bun:ffi") as typeof import("bun:ffi");
    const libc = dlopen("libc.so.6", { poll: { args: [FFIType.ptr, FFIType.u64, FFIType.i32], returns: FFIType.i32 } });
    const pollfd = new DataView(new ArrayBuffer(8)); // struct pollfd { int fd; short events; short revents; }
    const POLLERR = 0x8;
    const POLLHUP = 0x10;
    return () => {
      pollfd.setInt32(0, 1, true);
      pollfd.setInt32(4, 0, true);
      if (libc.symbols.poll(ptr(pollfd), 1, 0) < 1) return false;
      return (pollfd.getInt16(6, true) & (POLLERR | POLLHUP)) !== 0;
    };
  } catch {
    return () => false; // no libc to ask: the next write finds out instead
  }
}
