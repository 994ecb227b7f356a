/**
 * Every limit cairn holds input to, in one place: documented in the README's Limits section
 * and enforced at the command boundary and by the event rules (`event-rules.ts`).
 */
export const LIMITS = {
  /** UTF-8 bytes of one message's parts, serialized. */
  messageBytes: 256 * 1024,
  /** UTF-8 bytes of one event payload, serialized. */
  payloadBytes: 64 * 1024,
  /** Nesting depth of any JSON payload or part. */
  jsonDepth: 64,
  /** Parts in one message. */
  parts: 256,
  /** Characters of a title, name or repo. */
  title: 500,
  /** Characters of a project description. */
  description: 4_000,
  /** Characters of a source, target, actor, client event id, message id or an agent's session id. */
  ref: 128,
  /** Most rows one `event list` / `event tail` asks for. */
  listLimit: 10_000,
  /** Rows a list shows when no --limit is given. */
  defaultListLimit: 100,
  /** Events `event tail` shows before following, when no --limit is given. */
  defaultTailLimit: 10,
  /** Characters of a tool call's input or output kept from an agent: a hook must never be refused for size. */
  toolChars: 16_000,
  /** Characters of one prompt kept from an agent hook. */
  promptChars: 200_000,
  /** Characters of one text or reasoning block kept from a transcript. */
  transcriptTextChars: 100_000,
  /** Characters each part is cut to when an imported message is over the message limit. */
  shrunkPartChars: 4_000,
  /** Characters of a notification kept from an agent hook. */
  notificationChars: 2_000,
  /** Characters of an unknown hook event's fields kept. */
  unknownHookChars: 8_000,
} as const;
