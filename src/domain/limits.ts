/** Hard limits, documented in the README and enforced at the command boundary. */
export const LIMITS = {
  /** UTF-8 bytes of one message's parts, serialized. */
  messageBytes: 256 * 1024,
  /** UTF-8 bytes of one event payload, serialized. */
  payloadBytes: 64 * 1024,
  /** Nesting depth of any JSON payload or part. */
  jsonDepth: 64,
  /** Parts in one message. */
  parts: 256,
  /** Characters of a title, name or description. */
  title: 500,
  /** Characters of a source, target, actor or client event id. */
  ref: 128,
  /** Events in one `event list` / `export` page. */
  listLimit: 10_000,
} as const;
