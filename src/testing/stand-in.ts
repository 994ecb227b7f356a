/**
 * The server under every scripted model stand-in that is not the Messages API (`model-api.ts`
 * has its own): it records each request, reads the latest prompt with the dialect's rules, asks
 * the script for a reply, and lets the dialect encode it. Scripts are `model-api.ts`'s own
 * (`byPrompt`, `reply`, `text`, `toolUse`), so one test reads the same for every agent.
 */
import type { ModelRequest, Reply, Script } from "./model-api.ts";

/** How one model API reads a request and writes a reply. */
export interface Dialect {
  /** Does this request ask the model for a reply (the rest get `other`)? */
  isModelCall(method: string, path: string): boolean;
  /** The latest prompt, how many model replies of its turn came before, and whether it is a side request. */
  read(body: any, path: string): { prompt: string; step: number; side: boolean };
  /** The reply as the HTTP response the client expects. */
  answer(reply: Reply, body: any, path: string): Response;
  /** Anything else the client asks (model lists, token counts…). */
  other?(method: string, path: string, body: any): Response | undefined;
  /** An API error in this API's shape. */
  error(status: number, type: string, message: string): Response;
}

export interface StandIn {
  /** The server's base URL (`http://127.0.0.1:<port>`). */
  url: string;
  requests: ModelRequest[];
  /** The model calls of conversations (side requests left out), in order. */
  turns(): ModelRequest[];
  waitForRequest(check: (r: ModelRequest) => boolean, ms?: number): Promise<ModelRequest>;
  script: Script;
  close(): void;
}

export function startStandIn(dialect: Dialect, script: Script): StandIn {
  const requests: ModelRequest[] = [];
  const waiters = new Set<{ check: (r: ModelRequest) => boolean; resolve: (r: ModelRequest) => void }>();
  const standIn: StandIn = {
    url: "",
    requests,
    script,
    turns: () => requests.filter((r) => dialect.isModelCall(r.method, r.path) && !r.side),
    waitForRequest(check, ms = 60_000) {
      const found = requests.find(check);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { check, resolve: (r: ModelRequest) => (clearTimeout(timer), resolve(r)) };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`the model stand-in never received the request waited for (${requests.length} received)`));
        }, ms);
        waiters.add(waiter);
      });
    },
    close: () => server.stop(true),
  };
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    idleTimeout: 0,
    async fetch(req) {
      const path = new URL(req.url).pathname;
      const raw = await req.text();
      let body: any = null;
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {}
      const call = dialect.isModelCall(req.method, path);
      const read = call ? dialect.read(body, path) : { prompt: "", step: 0, side: true };
      const request: ModelRequest = { ts: Date.now(), method: req.method, path, body, ...read };
      requests.push(request);
      for (const w of waiters) if (w.check(request)) (waiters.delete(w), w.resolve(request));
      if (!call) return dialect.other?.(req.method, path, body) ?? dialect.error(404, "not_found", `stand-in has no ${req.method} ${path}`);
      const r = await standIn.script(request);
      if (r.delayMs) await Bun.sleep(r.delayMs);
      if (r.hold) await r.hold;
      if (r.error) return dialect.error(r.error.status, r.error.type, r.error.message);
      return dialect.answer(r, body, path);
    },
  });
  standIn.url = `http://127.0.0.1:${server.port}`;
  return standIn;
}

let counter = 0;
/** Ids unique within this test process. */
export const standInId = (prefix: string) => `${prefix}_stand_in_${process.pid}_${++counter}`;

/** Server-sent events, one `event:`/`data:` pair each. */
export const sse = (events: Array<[type: string, data: Record<string, unknown>]>, named = true): Response =>
  new Response(events.map(([type, data]) => `${named ? `event: ${type}\n` : ""}data: ${JSON.stringify(data)}\n\n`).join(""), {
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
  });
