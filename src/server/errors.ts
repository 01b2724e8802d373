/** The error codes of the API and the HTTP status each one answers with. */
export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  otp_required: 401,
  forbidden: 403,
  not_found: 404,
  not_translated: 404,
  method_not_allowed: 405,
  conflict: 409,
  database_busy: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One problem found in a request, as the API lists them. */
export interface Issue {
  /**
   * Where: the request's own check names the part (`path`, `query`, `body` or `header`), then the field;
   * a rule a service checks names the field alone (`slug`, `assignedTo`).
   */
  field: string;
  message: string;
}

/** The error that domain code throws; the HTTP layer turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** An AppError for a request with problems, listing every one of them. */
export function invalidInput(issues: Issue[]): AppError {
  const summary =
    issues.length === 1
      ? `${issues[0]?.field}: ${issues[0]?.message}`
      : `The request has ${issues.length} problems.`;
  return new AppError('invalid_input', summary, { issues });
}
