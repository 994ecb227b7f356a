/**
 * The agent programs ("harnesses") cairn records. A session started by an agent keeps the
 * agent's own id as its external id, prefixed with the harness (Claude Code's ids, recorded
 * before other harnesses existed, carry no prefix), so the harness is read back from the id
 * and two agents can never claim the same session.
 */
export const HARNESSES = ["claude", "codex", "gemini"] as const;
export type Harness = (typeof HARNESSES)[number];

/** How the UI and titles name each harness. */
export const HARNESS_NAMES: Readonly<Record<Harness, string>> = { claude: "Claude Code", codex: "Codex", gemini: "Gemini CLI" };

/** The session's external id for an agent's own session id. */
export const externalIdFor = (harness: Harness, id: string): string => (harness === "claude" ? id : `${harness}:${id}`);

/** The harness a session runs on, from its external id; none for a session a person made. */
export function harnessOf(externalId: string | null | undefined): Harness | undefined {
  if (!externalId) return undefined;
  const prefix = /^([a-z]+):/.exec(externalId)?.[1];
  return prefix && (HARNESSES as readonly string[]).includes(prefix) ? (prefix as Harness) : "claude";
}
