import { afterAll, expect, test } from "bun:test";
import { CLI, cairnOk, tempDir } from "../testing/harness.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Reads JSON lines from a process until `count` have arrived. */
async function readLines(stream: ReadableStream<Uint8Array>, count: number): Promise<Array<{ seq: number; kind: string; payload: { n: number } }>> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  while (text.split("\n").filter(Boolean).length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  reader.releaseLock();
  return text.split("\n").filter(Boolean).map((l) => JSON.parse(l));
}

test("event tail --follow prints the last N, then every new matching event once, until Ctrl-C", async () => {
  const db = tmp.db;
  for (let n = 0; n < 3; n++) await cairnOk(db, ["event", "add", "ping", "--payload", JSON.stringify({ n })]);
  const tail = Bun.spawn([process.execPath, CLI, "--db", db, "event", "tail", "--follow", "--kind", "ping", "--limit", "2", "--format", "json"], { stdout: "pipe", stderr: "pipe" });
  const first = await readLines(tail.stdout, 2);
  expect(first.map((e) => e.payload.n)).toEqual([1, 2]);

  // Four writer processes at once, with non-matching events in between.
  await Promise.all(
    [0, 1, 2, 3].map(async (w) => {
      for (let i = 0; i < 10; i++) {
        await cairnOk(db, ["event", "add", "ping", "--payload", JSON.stringify({ n: 100 + w * 10 + i })]);
        if (i % 3 === 0) await cairnOk(db, ["event", "add", "pong"]);
      }
    }),
  );
  const rest = await readLines(tail.stdout, 40);
  expect(rest).toHaveLength(40);
  expect(new Set(rest.map((e) => e.payload.n)).size).toBe(40);
  expect(rest.every((e) => e.kind === "ping")).toBe(true);
  const seqs = rest.map((e) => e.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));

  tail.kill("SIGINT");
  expect(await tail.exited).toBe(0);
  expect(await new Response(tail.stderr).text()).toBe("");
}, 60_000);

test("event tail --after SEQ prints everything after the cursor and stops", async () => {
  const out = await cairnOk(tmp.db, ["event", "tail", "--after", "1", "--kind", "ping", "--format", "json"]);
  const lines = out.trim().split("\n").map((l) => JSON.parse(l));
  expect(lines[0].seq).toBe(2);
  expect(lines.length).toBe(42);
});
