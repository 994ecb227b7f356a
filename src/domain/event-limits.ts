import { DOMAIN_KINDS } from "./events.ts";
import { fail } from "./errors.ts";
import { LIMITS } from "./limits.ts";
import { bytesOver } from "./text.ts";

/** Room a message event needs beside its parts (its id, role, message id, position). */
const MESSAGE_ENVELOPE_BYTES = 1024;

/**
 * The largest payload an event of `kind` may have. Messages carry their parts, which have
 * their own (larger) limit; every other payload has the event-payload limit. The live path
 * and import both check it through the append path, so whatever was written re-imports.
 */
export const payloadLimit = (kind: string): number =>
  kind === DOMAIN_KINDS.messageAppended || kind === DOMAIN_KINDS.messagePartUpdated ? LIMITS.messageBytes + MESSAGE_ENVELOPE_BYTES : LIMITS.payloadBytes;

/** Checks a serialized payload against its kind's limit: the one check every append makes. */
export function checkPayloadText(kind: string, text: string): void {
  if (text.includes("\\u0000")) fail("invalid", "payload contains a NUL byte");
  const limit = payloadLimit(kind);
  const bytes = bytesOver(text, limit);
  if (bytes !== undefined) fail("invalid", `payload is too large (${bytes} bytes, limit ${limit})`);
}
