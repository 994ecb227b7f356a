/** Test helper: a cairn process's peak memory. */
import { CLI } from "./harness.ts";

/** Runs cairn and samples its peak resident memory (VmHWM) until it exits. */
export async function peakMemory(args: string[]): Promise<{ code: number; stdout: string; stderr: string; peakMb: number }> {
  const proc = Bun.spawn([process.execPath, CLI, ...args], { stdout: "pipe", stderr: "pipe" });
  let peakKb = 0;
  const sample = () => {
    const status = Bun.file(`/proc/${proc.pid}/status`);
    return status.text().then(
      (text) => {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(text)?.[1] ?? 0);
        peakKb = Math.max(peakKb, kb);
      },
      () => undefined,
    );
  };
  let done = false;
  const sampling = (async () => {
    while (!done) {
      await sample();
      await Bun.sleep(20);
    }
  })();
  const [stdout, stderr, code] = await Promise.all([new Response(proc.stdout).text(), new Response(proc.stderr).text(), proc.exited]);
  done = true;
  await sampling;
  return { code, stdout, stderr, peakMb: peakKb / 1024 };
}

