/**
 * The Codex wire on its own, over the real `codex app-server` (pinned devDependency) against the
 * Responses API stand-in: cairn de-duplicates what app-server would take twice.
 */
import { afterAll, expect, test } from "bun:test";
import type { Claim } from "../../commands/delivery.ts";
import { codexCli } from "../../testing/codex.ts";
import { byPrompt, text } from "../../testing/model-api.ts";
import { startResponsesApi } from "../../testing/responses-api.ts";
import type { AgentEvent } from "../core/supervisor.ts";
import { codexWire } from "./app-server.ts";

const api = startResponsesApi(byPrompt({ "say hello": text("Hello."), "and goodbye": text("Goodbye.") }));
const codex = await codexCli({ api, db: null });
afterAll(() => {
  codex.cleanup();
  api.close();
});

/** One app-server process driven by the wire, collecting what it reports. */
function serve(conversation?: string) {
  const proc = codex.spawn(["app-server"]);
  const events: AgentEvent[] = [];
  const wire = codexWire(
    {
      write: (line) => (proc.stdin.write(line), proc.stdin.flush()),
      emit: (e) => events.push(e),
    },
    { cwd: codex.cwd, conversation },
  );
  (async () => {
    let rest = "";
    for await (const chunk of proc.stdout) {
      rest += new TextDecoder().decode(chunk);
      for (let nl = rest.indexOf("\n"); nl >= 0; nl = rest.indexOf("\n")) {
        events.push(...wire.read(rest.slice(0, nl)));
        rest = rest.slice(nl + 1);
      }
    }
  })();
  const until = async (check: (e: AgentEvent[]) => boolean, what: string) => {
    for (const deadline = Date.now() + 30_000; !check(events); await Bun.sleep(20)) if (Date.now() > deadline) throw new Error(`never: ${what} (${JSON.stringify(events)})`);
  };
  return { wire, events, until, close: () => (proc.stdin.end(), proc.exited) };
}

const claim = (id: string, text: string): Claim => ({ id, claim: `c-${id}`, via: "stdin", text });
const delivered = (events: AgentEvent[], id: string) => events.filter((e) => e.type === "delivered" && e.id === id).length;
const turnsEnded = (events: AgentEvent[]) => events.filter((e) => e.type === "turn_end").length;

test("an item the thread already holds is confirmed, not sent again, by the wire of a later app-server", async () => {
  const first = serve();
  first.wire.deliver([claim("item-1", "say hello")]);
  await first.until((e) => delivered(e, "item-1") === 1 && turnsEnded(e) === 1, "the first turn");
  const thread = (first.events.find((e) => e.type === "conversation") as { id: string } | undefined)?.id;
  expect(thread).toBeString();
  expect(first.events).toContainEqual({ type: "parts", parts: [{ type: "text", text: "Hello." }] });
  await first.close();

  // As after a supervisor died between Codex taking the message and cairn recording it: claimed again.
  const second = serve(thread);
  second.wire.deliver([claim("item-1", "say hello"), claim("item-2", "and goodbye")]);
  await second.until((e) => delivered(e, "item-2") === 1 && turnsEnded(e) === 1, "the second turn");
  expect(delivered(second.events, "item-1")).toBe(1);
  const last = api.turns().at(-1)!;
  expect(JSON.stringify(last.body.input).split("say hello").length - 1).toBe(1);
  expect(JSON.stringify(last.body.input).split("and goodbye").length - 1).toBe(1);
  expect(api.turns()).toHaveLength(2);
  await second.close();
}, 120_000);
