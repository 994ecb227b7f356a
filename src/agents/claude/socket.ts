/**
 * Claude Code's messaging socket (2.1.330+): one JSON line to authenticate, then one user
 * message per line. It reaches an idle interactive session at once; a busy one gets it with
 * its next model request, after the running tool finishes (measured; see README).
 */
import type { Endpoint } from "../../store/agents.ts";

/** Where a hook's environment names the socket and its token (never printed, never logged). */
export function endpointFromEnv(env: Record<string, string | undefined>): Endpoint | undefined {
  const socket = env.CLAUDE_CODE_MESSAGING_SOCKET;
  const token = env.CLAUDE_CODE_MESSAGING_TOKEN;
  return socket && token ? { socket, token } : undefined;
}

const TIMEOUT_MS = 3_000;

/** Sends each text as its own user message; resolves once the socket took them all and closed (which says nothing of Claude Code reading them). */
export async function sendOverSocket(endpoint: Endpoint, texts: readonly string[]): Promise<void> {
  const lines = [{ type: "auth", token: endpoint.token }, ...texts.map((content) => ({ type: "user", message: { role: "user", content } }))];
  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => settle(new Error(`no answer from ${endpoint.socket} within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    Bun.connect({
      unix: endpoint.socket,
      socket: {
        open(socket) {
          socket.write(lines.map((line) => JSON.stringify(line) + "\n").join(""));
          socket.end();
        },
        data() {}, // Claude Code answers nothing; an unknown token just closes the connection
        close: () => settle(),
        error: (_socket, error) => settle(error),
        connectError: (_socket, error) => settle(error),
      },
    }).catch((error: Error) => settle(error));
  });
}
