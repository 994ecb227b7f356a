/**
 * Supervised agents (`cairn run`): a person's message → in the model's request for an idle
 * supervised Claude Code (the real binary against the stand-in, which timestamps requests),
 * and the memory of one supervisor process.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { appendMessage } from "../../src/commands/session.ts";
import { getSession } from "../../src/store/queries.ts";
import { Store } from "../../src/store/store.ts";
import { claudeCode, CLAUDE_BIN } from "../../src/testing/claude-code.ts";
import { reply, startModelApi, text, contentText } from "../../src/testing/model-api.ts";
import { CAIRN } from "./processes.ts";
import type { Figure } from "./report.ts";
import { percentile } from "./stats.ts";

export const SUPERVISED_P95_MS = 300;
export const SUPERVISOR_RSS_MB = 60;

async function until<T>(what: string, check: () => T | undefined | false, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`bench: waited ${ms} ms for ${what}`);
    await Bun.sleep(5);
  }
}

export async function benchSupervised(db: string, quick: boolean): Promise<Figure[]> {
  const sends = quick ? 5 : 20;
  const api = startModelApi((r) => reply(text(r.side ? '{"title": "bench"}' : `pong ${contentText(r.body?.messages?.at(-1)?.content).match(/ping \d+/)?.[0] ?? ""}`)));
  const claude = await claudeCode({ api, db: null, allowedTools: [] });
  writeFileSync(`${claude.home}/.claude/settings.json`, "{}");
  const store = Store.open(db);
  let pid: number | null = null;
  try {
    const run = Bun.spawnSync([CAIRN, "--db", db, "run", "bench", "ping 0", "--cwd", claude.cwd], { env: { ...claude.env, CAIRN_CLAUDE: CLAUDE_BIN }, stdout: "pipe", stderr: "pipe" });
    if (run.exitCode !== 0) throw new Error(`cairn run failed: ${run.stderr}`);
    const session = run.stdout.toString().trim();
    const idle = () => getSession(store, session)?.status === "waiting";
    await until("the first reply", idle);
    pid = store.statements.supervisionBySession.get(session)!.pid;
    const latencies: number[] = [];
    for (let i = 1; i <= sends; i++) {
      const marker = `ping ${i}`;
      const seen = api.requests.length;
      appendMessage({ store, actor: "bench" }, { session, message: marker });
      const sent = Date.now();
      const request = await until(`request ${i}`, () => api.requests.slice(seen).find((r) => !r.side && contentText(r.body?.messages?.at(-1)?.content).includes(marker)));
      latencies.push(request.ts - sent);
      await until(`reply ${i}`, () => idle() && api.requests.length > seen);
    }
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    return [
      { figure: "message → model request, idle supervised agent, p50", unit: "ms", cairn: p50, baseline: null, ratio: null, budget: "—", pass: true, note: `${sends} sends` },
      { figure: "message → model request, idle supervised agent, p95", unit: "ms", cairn: p95, baseline: null, ratio: null, budget: `≤ ${SUPERVISED_P95_MS} ms`, pass: p95 <= SUPERVISED_P95_MS, note: `${sends} sends` },
      { figure: "supervisor RSS (one supervised agent)", unit: "MB", cairn: rss, baseline: null, ratio: null, budget: `≤ ${SUPERVISOR_RSS_MB} MB`, pass: rss <= SUPERVISOR_RSS_MB },
    ];
  } finally {
    if (pid !== null) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {}
    }
    store.close();
    claude.cleanup();
    api.close();
  }
}
