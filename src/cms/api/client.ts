// The one way the workspace talks to the server: JSON over /api/cms, the CSRF token on every change.

/** An answer from the API that was not a success, with the server's code, message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }

  /** Problems of an uploaded file (an XLIFF import), each a sentence. */
  get problems(): string[] {
    const problems = (this.details as { problems?: unknown } | null)?.problems;
    return Array.isArray(problems) ? problems.map(String) : [];
  }

  /** The validation problems of a 400 answer, field by field. */
  get issues(): { field: string; message: string }[] {
    const issues = (this.details as { issues?: unknown } | null)?.issues;
    return Array.isArray(issues) ? (issues as { field: string; message: string }[]) : [];
  }
}

/** Any error caught around an API call as an ApiError, so that an unexpected one is shown, not lost. */
export function toApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, 'unknown', String(caught), null);
}

let csrfToken = '';

/** Remembers the CSRF token of the signed-in session for every request that changes something. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the CMS API and answers the parsed JSON body; throws ApiError for every answer but 2xx. */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const isFile = body instanceof Blob;
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = isFile ? body.type : 'application/json';
  let response: Response;
  try {
    response = await fetch(`/api/cms${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', 'The server cannot be reached. Check the connection.', null);
  }
  const text = await response.text();
  const parsed = text ? safeJson(text) : null;
  if (!response.ok) {
    const error = (parsed as { error?: { code?: string; message?: string; details?: unknown } } | null)
      ?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status}.`,
      error?.details ?? null,
    );
  }
  return parsed as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Path segment escaping for region slugs and ids in API paths. */
export function segment(value: string | number): string {
  return encodeURIComponent(String(value));
}
