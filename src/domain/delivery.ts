/**
 * Delivery of what a person writes to a live agent: a message appended to its session, or an
 * event added with --deliver. Pending until an agent-side path claims and delivers it.
 */
import { summarizeParts, type Part } from "./message.ts";

export type DeliveryKind = "message" | "event";

/** As stored: `claimed` is an attempt in flight. */
export type DeliveryState = "pending" | "claimed" | "delivered" | "failed";

/** Paths to an agent, best first for an interactive Claude Code session. */
export type DeliveryPath = "socket" | "hook" | "demo" | "stdin";

/** A claim not confirmed within this time is taken to have died: the item is claimable again. */
export const CLAIM_LEASE_MS = 10_000;

/** Hook context above ~10,000 characters is cut to a preview by Claude Code: stay below it. */
export const MAX_DELIVERY_CHARS = 9_000;

const clipped = (text: string): string => (text.length > MAX_DELIVERY_CHARS ? `${text.slice(0, MAX_DELIVERY_CHARS)}… (cut; the whole text is in cairn)` : text);

/** What the agent reads for a message: who wrote it, then what they wrote. */
export const messageDeliveryText = (actor: string | null, parts: readonly Part[]): string =>
  clipped(`From ${actor ?? "someone"} via cairn: ${summarizeParts(parts)}`);

/** What the agent reads for a delivered event: one line of kind, source and payload. */
export function eventDeliveryText(actor: string | null, event: { kind: string; source: string | null; payload: unknown }): string {
  const payload = JSON.stringify(event.payload);
  const from = event.source ? ` from ${event.source}` : "";
  return clipped(`From ${actor ?? "someone"} via cairn: event ${event.kind}${from}${payload === "{}" ? "" : ` ${payload}`}`.replace(/\s*\n\s*/g, " "));
}

/** Several pending items as one block of context (hook outputs carry one string). */
export function joinDeliveries(items: ReadonlyArray<{ text: string }>): string {
  let joined = "";
  for (let i = 0; i < items.length; i++) joined += (i > 0 ? "\n\n" : "") + items[i]!.text;
  return joined;
}

/** The state people and scripts see: an attempt in flight is still pending. */
export const shownState = (state: string): "pending" | "delivered" | "failed" => (state === "claimed" ? "pending" : (state as "pending" | "delivered" | "failed"));
