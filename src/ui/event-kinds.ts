import { DOMAIN_KINDS, isDomainKind } from "../domain/events.ts";
import { countEventsByKind } from "../store/queries.ts";
import type { Store } from "../store/store.ts";

const DOMAIN: readonly string[] = Object.values(DOMAIN_KINDS);

/** Hides a shown kind, shows a hidden one. */
export const toggleKind = (hidden: readonly string[], kind: string): string[] => (hidden.includes(kind) ? hidden.filter((k) => k !== kind) : [...hidden, kind]);

/** `D`: shows cairn's own kinds again when they are all hidden, else hides them all (other hidden kinds stay hidden). */
export function toggleDomainKinds(hidden: readonly string[]): string[] {
  const all = DOMAIN.every((k) => hidden.includes(k));
  return all ? hidden.filter((k) => !isDomainKind(k)) : [...hidden, ...DOMAIN.filter((k) => !hidden.includes(k))];
}

/**
 * The kinds the picker lists: those in the events pane's scope (all events, or the narrowed
 * session's) with their counts, most frequent first, then hidden kinds that have none there,
 * so they can be shown again.
 */
export function kindChoices(db: Store, session: string | null, hidden: readonly string[]): Array<{ kind: string; count: number }> {
  const present = countEventsByKind(db, { session: session ?? undefined });
  const seen = new Set(present.map((k) => k.kind));
  return [...present, ...hidden.filter((k) => !seen.has(k) && !isDomainKind(k)).map((kind) => ({ kind, count: 0 }))];
}

/** What the events pane's title says is hidden: "without cairn's own", "hiding lock_acquired", "hiding 4 kinds". */
export function hiddenLabel(hidden: readonly string[]): string {
  const domain = DOMAIN.every((k) => hidden.includes(k));
  const others = domain ? hidden.filter((k) => !isDomainKind(k)) : hidden;
  const listed = others.length === 0 ? "" : others.length <= 2 ? `hiding ${others.join(", ")}` : `hiding ${others.length} kinds`;
  return [domain ? "without cairn's own" : "", listed].filter(Boolean).join(" · ");
}
