/**
 * A person's message → in the model's request, for an idle interactive Claude Code session (the
 * real binary in a pseudo-terminal, cairn's built hooks installed): `cairn session append` is
 * the writing process and delivers over the session's messaging socket; the stand-in
 * timestamps the request that carries the message.
 */
import { claudeCode } from "../../src/testing/claude-code.ts";
import { waitForRow } from "../../src/testing/harness.ts";
import { byPrompt, startModelApi, text } from "../../src/testing/model-api.ts";
import { CAIRN, installBuiltHooks } from "./processes.ts";
import type { Figure } from "./report.ts";
import { percentile } from "./stats.ts";

export const IDLE_STEER_P95_MS = 1_000;

export async function benchSteerIdle(db: string, quick: boolean): Promise<Figure[]> {
  const sends = quick ? 3 : 20;
  const api = startModelApi(byPrompt({ "STEER-": text("On it.") }));
  const claude = await claudeCode({ api, db: null, project: "steer" });
  installBuiltHooks(db, claude.home);
  const screen = claude.terminal([], { cols: 120, rows: 40 });
  const latencies: number[] = [];
  try {
    const { session } = await waitForRow<{ session: string }>(db, "SELECT session FROM agent_endpoints");
    // Idle means its input box is up: a message arriving while Claude Code is still starting
    // (its socket is open from SessionStart on) could go unread on a loaded machine.
    await screen.ready();
    for (let i = 0; i < sends; i++) {
      const marker = `STEER-${i}-`;
      const sent = Date.now();
      const append = Bun.spawn([CAIRN, "--db", db, "session", "append", session, `${marker} please report`], { stdout: "ignore", stderr: "pipe" });
      const request = await api.waitForRequest((r) => !r.side && r.prompt.includes(marker), 30_000);
      latencies.push(request.ts - sent);
      if ((await append.exited) !== 0) throw new Error(`append failed: ${await new Response(append.stderr).text()}`);
      // Idle again before the next send: the turn's Stop hook has run.
      await waitForRow(db, "SELECT 1 FROM events WHERE session = ?1 AND kind = 'turn_finished' GROUP BY session HAVING count(*) > ?2", [session, i]);
    }
  } finally {
    screen.close();
    claude.cleanup();
    api.close();
  }
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  const note = `${sends} sends over the messaging socket, each from a new cairn process`;
  return [
    { figure: "message → model request, idle interactive Claude Code, p50", unit: "ms", cairn: p50, baseline: null, ratio: null, budget: "—", pass: true, note },
    { figure: "message → model request, idle interactive Claude Code, p95", unit: "ms", cairn: p95, baseline: null, ratio: null, budget: `≤ ${IDLE_STEER_P95_MS} ms`, pass: p95 <= IDLE_STEER_P95_MS, note },
  ];
}
