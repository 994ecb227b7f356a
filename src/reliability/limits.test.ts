import { afterAll, beforeAll, expect, test } from "bun:test";
import { LIMITS } from "../domain/limits.ts";
import { cairn, cairnOk, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());
beforeAll(async () => {
  await cairnOk(tmp.db, ["project", "add", "api"]);
  await cairnOk(tmp.db, ["session", "new", "api"]);
});

// A one-part message is stored as [{"type":"text","text":"…"}]: 27 bytes around the text.
const MESSAGE_OVERHEAD = JSON.stringify([{ type: "text", text: "" }]).length;
// A payload {"blob":"…"} has 11 bytes around the text.
const PAYLOAD_OVERHEAD = JSON.stringify({ blob: "" }).length;

test("a message exactly at the size limit is stored; one byte more is refused", async () => {
  const fits = "m".repeat(LIMITS.messageBytes - MESSAGE_OVERHEAD);
  expect((await cairn(tmp.db, ["session", "append", "api-1", "-"], { stdin: fits })).code).toBe(0);
  const over = await cairn(tmp.db, ["session", "append", "api-1", "-"], { stdin: `${fits}m` });
  expect(over.code).toBe(1);
  expect(over.stderr).toBe(`cairn: message is too large (${LIMITS.messageBytes + 1} bytes, limit ${LIMITS.messageBytes})\n`);
});

test("a payload exactly at the size limit is stored; one byte more is refused", async () => {
  const fits = JSON.stringify({ blob: "p".repeat(LIMITS.payloadBytes - PAYLOAD_OVERHEAD) });
  expect((await cairn(tmp.db, ["event", "add", "big", "--payload", "-"], { stdin: fits })).code).toBe(0);
  const over = await cairn(tmp.db, ["event", "add", "big", "--payload", "-"], { stdin: JSON.stringify({ blob: "p".repeat(LIMITS.payloadBytes - PAYLOAD_OVERHEAD + 1) }) });
  expect(over.code).toBe(1);
  expect(over.stderr).toBe(`cairn: payload is too large (${LIMITS.payloadBytes + 1} bytes, limit ${LIMITS.payloadBytes})\n`);
});

test("nesting exactly at the depth limit is stored; one level more is refused", async () => {
  const nest = (n: number) => "[".repeat(n - 1) + "1" + "]".repeat(n - 1);
  const fits = `{"a":${nest(LIMITS.jsonDepth)}}`;
  expect((await cairn(tmp.db, ["event", "add", "deep", "--payload", fits])).code).toBe(0);
  const over = await cairn(tmp.db, ["event", "add", "deep", "--payload", `{"a":${nest(LIMITS.jsonDepth + 1)}}`]);
  expect(over.code).toBe(1);
  expect(over.stderr).toContain(`nested deeper than ${LIMITS.jsonDepth} levels`);
});

test("a title at its limit is stored; one character more is refused", async () => {
  expect((await cairn(tmp.db, ["session", "new", "api", "--title", "t".repeat(LIMITS.title)])).code).toBe(0);
  expect((await cairn(tmp.db, ["session", "new", "api", "--title", "t".repeat(LIMITS.title + 1)])).stderr).toContain(`limit ${LIMITS.title}`);
});
