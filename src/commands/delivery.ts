/**
 * Delivery to live agents as part of the log: attach/detach an agent, request, claim, confirm,
 * release and fail deliveries. A claim is taken in one immediate transaction, so two
 * deliverers racing (parallel hooks) never both get the same item.
 */
import { CLAIM_LEASE_MS, type DeliveryKind, type DeliveryPath } from "../domain/delivery.ts";
import { DOMAIN_KINDS, sessionStream } from "../domain/events.ts";
import { newEventId } from "../domain/ids.ts";
import type { Session } from "../store/rows.ts";
import type { Writer } from "../store/store.ts";
import type { CommandContext } from "./context.ts";
import { requireSession } from "./session.ts";

/** One item taken by one deliverer: deliver `text`, then confirm or release the claim. */
export interface Claim {
  id: string;
  claim: string;
  via: DeliveryPath;
  text: string;
}

type DomainKind = (typeof DOMAIN_KINDS)[keyof typeof DOMAIN_KINDS];

const sessionEvent = (ctx: CommandContext, w: Writer, session: Session, kind: DomainKind, payload: Record<string, string>) =>
  w.append({ stream: sessionStream(session.id), kind, project: session.project, session: session.id, payload, actor: ctx.actor });

/** A live agent now works `session`: what people append to it from now on is delivered. */
export function attachAgent(ctx: CommandContext, input: { session: string; agent: string }): Session {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    if (session.agent !== input.agent) sessionEvent(ctx, w, session, DOMAIN_KINDS.agentAttached, { agent: input.agent });
    return w.session(session.id)!;
  });
}

/** The agent is gone: whatever was not delivered yet fails with `reason`. */
export function detachAgent(ctx: CommandContext, input: { session: string; reason: string }): void {
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    if (session.agent !== null) sessionEvent(ctx, w, session, DOMAIN_KINDS.agentDetached, { reason: input.reason });
  });
}

/** Inside a write: `id` (a message or event of `session`) is pending for the session's agent. */
export function requestDelivery(ctx: CommandContext, w: Writer, session: Session, item: { id: string; kind: DeliveryKind; text: string }): void {
  sessionEvent(ctx, w, session, DOMAIN_KINDS.deliveryRequested, item);
}

/** Takes every claimable item of `session` for one delivery attempt over `via`. */
export function claimDeliveries(ctx: CommandContext, input: { session: string; via: DeliveryPath; now?: number }): Claim[] {
  return ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    const claims: Claim[] = [];
    // A loop, not .map(): hooks run this on every turn, and an Array builtin's first use costs ~0.2 ms.
    for (const row of w.claimable(session.id, (input.now ?? Date.now()) - CLAIM_LEASE_MS)) {
      const claim: Claim = { id: row.id, claim: newEventId(), via: input.via, text: row.text };
      sessionEvent(ctx, w, session, DOMAIN_KINDS.deliveryClaimed, { id: claim.id, claim: claim.claim, via: claim.via });
      claims.push(claim);
    }
    return claims;
  });
}

/** The attempt reached the agent. An item already delivered (a retried claim) is left as it is. */
export function confirmDeliveries(ctx: CommandContext, input: { session: string; claims: readonly Claim[] }): void {
  if (input.claims.length === 0) return;
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    for (const c of input.claims) {
      if (w.delivery(c.id)?.state === "delivered") continue;
      sessionEvent(ctx, w, session, DOMAIN_KINDS.deliveryDelivered, { id: c.id, claim: c.claim, via: c.via });
    }
  });
}

/** The attempt failed: the items are pending again for the next path, unless another claim took them. */
export function releaseClaims(ctx: CommandContext, input: { session: string; claims: readonly Claim[]; reason: string }): void {
  if (input.claims.length === 0) return;
  ctx.store.write((w) => {
    const session = requireSession(w, input.session);
    for (const c of input.claims) {
      const row = w.delivery(c.id);
      if (row?.state !== "claimed" || row.claim !== c.claim) continue;
      sessionEvent(ctx, w, session, DOMAIN_KINDS.deliveryReleased, { id: c.id, claim: c.claim, reason: input.reason.slice(0, 400) });
    }
  });
}
