/**
 * One error type for every expected failure. `code` is stable and listed in docs/errors.md;
 * `message` is safe to show to any caller: it never carries record content (names, article text, confidential fields).
 */
export const ERROR_CODES = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  stale_version: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  import_failed: 422,
  integrity_violation: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class VigilError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "VigilError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export function isVigilError(e: unknown): e is VigilError {
  return e instanceof VigilError;
}

export const notFound = (what: string, id: string): VigilError =>
  new VigilError("not_found", `${what} ${id} does not exist or is not visible to you`, { entity: what, id });

export const forbidden = (action: string): VigilError =>
  new VigilError("forbidden", `your role may not ${action}`, { action });
