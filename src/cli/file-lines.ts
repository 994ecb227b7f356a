import { fail } from "../domain/errors.ts";

/** The longest line an import reads: far above any event cairn writes, and a bound on memory. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

const CHUNK = 1024 * 1024;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The lines of a file, read in 1 MiB pieces: memory stays the same whatever the file's size
 * (a whole-file read fails past 2 GiB, and holds it all). Each line must be valid UTF-8.
 * Synchronous, so an import can read it inside one write transaction.
 */
export function* fileLines(path: string, what: string = path): Generator<string> {
  const { closeSync, openSync, readSync } = require("node:fs") as typeof import("node:fs");
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    let partial: Buffer[] = [];
    let partialBytes = 0;
    let line = 0;
    const decode = (bytes: Uint8Array): string => {
      line++;
      try {
        return strictUtf8.decode(bytes);
      } catch {
        return fail("invalid", `${what}: line ${line} is not valid UTF-8`);
      }
    };
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      if (n === 0) break;
      let start = 0;
      for (;;) {
        const end = buffer.indexOf(10, start);
        if (end < 0 || end >= n) break;
        const piece = buffer.subarray(start, end);
        if (partialBytes + piece.byteLength > MAX_LINE_BYTES) fail("invalid", `${what}: line ${line + 1} is longer than ${MAX_LINE_BYTES} bytes`);
        yield decode(partial.length ? Buffer.concat([...partial, piece]) : piece);
        partial = [];
        partialBytes = 0;
        start = end + 1;
      }
      if (start < n) {
        partialBytes += n - start;
        if (partialBytes > MAX_LINE_BYTES) fail("invalid", `${what}: line ${line + 1} is longer than ${MAX_LINE_BYTES} bytes`);
        partial.push(Buffer.from(buffer.subarray(start, n)));
      }
    }
    if (partialBytes > 0) yield decode(Buffer.concat(partial));
  } finally {
    closeSync(fd);
  }
}
