// One HTTP call to a translation service, with a time limit; failures to get any answer become
// 'unavailable' errors.
import { MachineTranslationError } from './provider.ts';

/** What a service answered: the status, headers and body (parsed as JSON when it is JSON). */
export interface ServiceAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Sends one request; throws an 'unavailable' MachineTranslationError when no answer arrives in time. */
export async function callService(options: {
  serviceName: string;
  fetch: typeof fetch;
  url: string;
  init: RequestInit;
  timeoutMs: number;
}): Promise<ServiceAnswer> {
  const { serviceName, timeoutMs } = options;
  try {
    const response = await options.fetch(options.url, {
      ...options.init,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: parseJson(text) };
  } catch (error) {
    const isTimeout = error instanceof DOMException && error.name === 'TimeoutError';
    const detail = isTimeout
      ? `did not answer within ${timeoutMs / 1000} s`
      : `could not be reached (${why(error)})`;
    throw new MachineTranslationError('unavailable', `${serviceName} ${detail}.`, { cause: error });
  }
}

/** The wait a Retry-After header asks for (seconds or an HTTP date), in milliseconds. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (header.trim() !== '' && Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A string field of a JSON error body (DeepL: message, detail; LibreTranslate: error), if there is one. */
export function errorText(body: unknown, field: string): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const value = (body as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Removes the API key from text that came from outside. */
export function hideKey(text: string, apiKey: string | undefined): string {
  return apiKey ? text.split(apiKey).join('[hidden]') : text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function why(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause && 'code' in cause ? String(cause.code) : undefined;
  return code ?? (error instanceof Error ? error.message : String(error));
}
