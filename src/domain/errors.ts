/** What went wrong, as a value the CLI and UI can map to an exit code or an inline message. */
export type ErrorCode =
  | "usage" // the command line itself is malformed
  | "not_found"
  | "exists"
  | "conflict" // expected-version mismatch, or an event id reused with another body
  | "invalid" // a value breaks a domain rule (bad id, bad JSON, too large, ...)
  | "invalid_transition"
  | "storage" // the database file cannot be used as it is
  | "busy"; // another process held the write lock past the timeout

/** An expected failure with a one-line human message; never shown with a stack trace. */
export class CairnError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CairnError";
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new CairnError(code, message);
};

/** The one place error codes become process exit statuses (SPEC: 2 usage, 1 everything else). */
export const exitCodeOf = (code: ErrorCode): 1 | 2 => (code === "usage" ? 2 : 1);
