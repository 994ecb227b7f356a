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
  // Mapped, not read through node:fs, whose loading alone costs a hook 3 ms of CPU. Only the pages
  // after the offset are touched. (Agents append to their logs; none truncates one in place.)
  let bytes: Uint8Array;
  try {
    bytes = Bun.mmap(path, { shared: false });
  } catch (error) {
    // Empty (nothing to map): read from the start next time. Missing: Claude Code creates it after the first hooks.
    return { lines: [], offset: (error as NodeJS.ErrnoException).code === "EINVAL" ? 0 : offset };
  }
  const size = bytes.length;
  const from = size < offset ? 0 : offset;
  const length = Math.min(size - from, MAX_READ_BYTES);
  if (length <= 0) return { lines: [], offset: from };
  const end = bytes.lastIndexOf(0x0a, from + length - 1);
  if (end < from) return { lines: [], offset: from };
  // A newline byte never occurs inside a UTF-8 sequence, so the cut is always between characters.
  const text = new TextDecoder().decode(bytes.subarray(from, end));
  return { lines: text.split("\n"), offset: end + 1 };
}
