/**
 * The client side of a JSON-RPC 2.0 conversation over an agent's stdio, one message a line
 * (Codex's app-server, Gemini's ACP): requests whose answers come back to a callback, and
 * notifications and requests from the agent handed to the harness's wire. The wire turns all of
 * them into the supervisor's `AgentEvent`s.
 */
import type { AgentEvent } from "./supervisor.ts";
import { isRecord, type Rec } from "../../domain/json.ts";


/** An answer to one of cairn's requests. */
export interface RpcReply {
  result?: Rec;
  error?: Rec;
}

export interface RpcPeer {
  request(method: string, params: Rec, then?: (reply: RpcReply) => AgentEvent[]): void;
  notify(method: string, params?: Rec): void;
  /** Answers a request of the agent's. */
  respond(id: unknown, result: Rec): void;
  /** The events one line from the agent means. */
  read(line: string): AgentEvent[];
}

/**
 * `onNotification` gets the agent's notifications; `onRequest` its requests, returning events, or
 * undefined for a method cairn does not handle (the agent is told so, rather than left waiting).
 */
export function rpcPeer(
  write: (line: string) => void,
  on: { notification(method: string, params: Rec): AgentEvent[]; request?(method: string, params: Rec, id: string | number): AgentEvent[] | undefined },
): RpcPeer {
  let nextId = 0;
  const waiting = new Map<number, (reply: RpcReply) => AgentEvent[]>();
  const send = (message: Rec) => write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\n");
  return {
    request(method, params, then = () => []) {
      const id = ++nextId;
      waiting.set(id, then);
      send({ id, method, params });
    },
    notify: (method, params) => send({ method, ...(params ? { params } : {}) }),
    respond: (id, result) => send({ id, result }),
    read(line) {
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        return [{ type: "garbage", line }];
      }
      if (!isRecord(message)) return [{ type: "garbage", line }];
      if (typeof message.method === "string") {
        const params = isRecord(message.params) ? message.params : {};
        if (message.id === undefined || message.id === null) return on.notification(message.method, params);
        const handled = on.request?.(message.method, params, message.id);
        if (handled) return handled;
        send({ id: message.id, error: { code: -32601, message: `cairn does not handle ${message.method}` } });
        return [];
      }
      const then = typeof message.id === "number" ? waiting.get(message.id) : undefined;
      if (!then) return [];
      waiting.delete(message.id as number);
      return then({ result: isRecord(message.result) ? message.result : undefined, error: message.error === undefined ? undefined : isRecord(message.error) ? message.error : { message: String(message.error) } });
    },
  };
}
