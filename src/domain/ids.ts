import { fail } from "./errors.ts";
import { LIMITS } from "./limits.ts";

const PROJECT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const SESSION_ID = /^([a-z0-9][a-z0-9_-]{0,63})-([1-9][0-9]{0,9})$/;
/** Client event ids: printable, no path separators or spaces, so they are safe in file names and URLs. */
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:@+-]*$/;
/** Coordination kinds are free-form lowercase names; domain kinds contain a dot. */
const KIND = /^[a-z][a-z0-9_.-]{0,63}$/;

export function projectId(value: string): string {
  if (!PROJECT_ID.test(value)) {
    fail("invalid", `invalid project id ${JSON.stringify(value)}: use 1-64 of a-z 0-9 _ -, starting with a letter or digit`);
  }
  return value;
}

export const isSessionId = (value: string): boolean => SESSION_ID.test(value);

export function sessionId(value: string): string {
  if (!isSessionId(value)) {
    fail("invalid", `invalid session id ${JSON.stringify(value)}: expected <project>-<number>, like api-12`);
  }
  return value;
}

/** The short human-typable id of a project's n-th session. */
export const sessionIdFor = (project: string, n: number): string =>
  // Session ids carry at most 10 digits (SESSION_ID): a number past that could never be read back.
  n > MAX_SESSION_NUMBER ? fail("invalid", `project ${project} has no session numbers left (limit ${MAX_SESSION_NUMBER})`) : `${project}-${n}`;

export const MAX_SESSION_NUMBER = 9_999_999_999;

/** The counter part of a session id (`api-12` → 12). */
export function sessionNumber(id: string): number {
  const match = SESSION_ID.exec(id);
  return match ? Number(match[2]) : 0;
}

export function eventId(value: string): string {
  if (value.length > LIMITS.ref || !EVENT_ID.test(value)) {
    fail("invalid", `invalid event id ${JSON.stringify(value.slice(0, 80))}: use up to ${LIMITS.ref} of A-Z a-z 0-9 . _ : @ + -`);
  }
  return value;
}

export function eventKind(value: string): string {
  if (!KIND.test(value)) {
    fail("invalid", `invalid event kind ${JSON.stringify(value.slice(0, 80))}: use a lowercase name like task_started (a-z 0-9 _ . -, up to 64)`);
  }
  return value;
}

/** Source, target and actor names: any printable text without control characters. */
export function refName(what: string, value: string): string {
  // Lone surrogates are refused, not stored: SQLite would keep them as U+FFFD, and the same
  // line imported again would then differ from what is stored.
  // eslint-disable-next-line no-control-regex
  if (value.length === 0 || value.length > LIMITS.ref || /[\u0000-\u001f\u007f-\u009f]/.test(value) || !value.isWellFormed()) {
    fail("invalid", `invalid ${what} ${JSON.stringify(value.slice(0, 80))}: 1-${LIMITS.ref} printable characters`);
  }
  return value;
}

export const newEventId = (): string => Bun.randomUUIDv7();
export const newMessageId = (): string => Bun.randomUUIDv7();
