/**
 * Reading only what an agent has appended to its log since the last look: a hook's cost must
 * not grow with the transcript. Lines are returned whole; a last line still being written is
 * left for the next read.
 */

/** At most this much is read in one go; the rest waits for the next hook. */
const MAX_READ_BYTES = 32 * 1024 * 1024;

export interface Tail {
  lines: string[];
  /** The offset to start from next time: just after the last whole line read. */
  offset: number;
}

/** Whole lines of `path` from byte `offset`; a file shorter than the offset (replaced) is read from the start. */
export function readNewLines(path: string, offset: number): Tail {
  // Loaded here, not at the top: node:fs costs milliseconds a hook with no transcript to read need not pay.
  const { closeSync, fstatSync, openSync, readSync } = require("node:fs") as typeof import("node:fs");
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return { lines: [], offset }; // not written yet: Claude Code creates it after the first hooks
  }
  try {
    const size = fstatSync(fd).size;
    const from = size < offset ? 0 : offset;
    const length = Math.min(size - from, MAX_READ_BYTES);
    if (length <= 0) return { lines: [], offset: from };
    const bytes = new Uint8Array(length);
    const read = readSync(fd, bytes, 0, length, from);
    const end = bytes.lastIndexOf(0x0a, read - 1);
    if (end < 0) return { lines: [], offset: from };
    // A newline byte never occurs inside a UTF-8 sequence, so the cut is always between characters.
    const text = new TextDecoder().decode(bytes.subarray(0, end));
    return { lines: text.split("\n"), offset: from + end + 1 };
  } finally {
    closeSync(fd);
  }
}
