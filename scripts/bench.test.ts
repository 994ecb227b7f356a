import { afterAll, expect, test } from "bun:test";
import { tempDir } from "../src/testing/harness.ts";
import type { Figure } from "./bench/report.ts";

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// Only the shape and the correctness figures are checked here, never timings: CI machines are shared and noisy.
test("bench --quick measures every budget and writes the table as JSON", async () => {
  const out = `${tmp.dir}/bench.json`;
  const proc = Bun.spawn([process.execPath, new URL("./bench.ts", import.meta.url).pathname, "--quick", "--out", out], { stdout: "pipe", stderr: "pipe" });
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  expect(code, stderr).toBe(0);
  expect(stdout).toContain("| figure");
  const report = (await Bun.file(out).json()) as { quick: boolean; machine: { cores: number }; figures: Figure[] };
  expect(report.quick).toBe(true);
  expect(report.machine.cores).toBeGreaterThan(0);
  const names = report.figures.map((f) => f.figure).join("\n");
  for (const part of ["append message, 1 event/tx", "append coordination, 100 events/tx", "cairn event add", "hook claude PreToolUse", "hook claude PostToolUse", "hook claude Stop", "5 MB transcript", "real Claude Code run", "event list", "UI first full frame", "UI peak RSS", "keypress → on screen p95", "30 × j at 30 ms intervals", "p50", "p95", "writers"]) {
    expect(names).toContain(part);
  }
  for (const f of report.figures) {
    expect(Number.isFinite(f.cairn), f.figure).toBe(true);
    expect(typeof f.pass).toBe("boolean");
    if (f.ratio !== null) expect(f.ratio).toBeCloseTo(f.cairn / f.baseline!, 5);
  }
  // Correctness figures must hold even in quick mode: every event written, seen, unique.
  const writers = report.figures.find((f) => f.figure.includes("writers"))!;
  expect(writers.pass, writers.note).toBe(true);
  expect(report.figures.find((f) => f.figure.includes("p50"))!.note).not.toContain("never seen");
  const burst = report.figures.find((f) => f.figure.includes("30 × j"))!;
  expect(burst.pass, burst.note).toBe(true);
}, 300_000);
