import { afterAll, expect, test } from "bun:test";
import { appendFileSync, writeFileSync } from "node:fs";
import { tempDir } from "../../testing/harness.ts";
import { readNewLines } from "./tail.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

test("only whole lines added since the offset; a line still being written waits; a replaced file is read from the start", () => {
  const path = `${tmp.dir}/log.jsonl`;
  expect(readNewLines(path, 0)).toEqual({ lines: [], offset: 0 }); // not written yet
  writeFileSync(path, "");
  expect(readNewLines(path, 0)).toEqual({ lines: [], offset: 0 });
  writeFileSync(path, '{"a":1}\n{"b":2}\n{"c":');
  const first = readNewLines(path, 0);
  expect(first).toEqual({ lines: ['{"a":1}', '{"b":2}'], offset: 16 });
  expect(readNewLines(path, first.offset)).toEqual({ lines: [], offset: 16 });
  appendFileSync(path, '3}\n{"é":4}\n');
  expect(readNewLines(path, first.offset)).toEqual({ lines: ['{"c":3}', '{"é":4}'], offset: 16 + 8 + 9 }); // é is two bytes
  writeFileSync(path, '{"new":1}\n');
  expect(readNewLines(path, 33)).toEqual({ lines: ['{"new":1}'], offset: 10 });
});
