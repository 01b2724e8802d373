// DeepL's HTTP errors (https://developers.deepl.com/docs/best-practices/error-handling and the status codes
// of each endpoint in https://developers.deepl.com/api-reference) as MachineTranslationErrors.
import { errorText, hideKey, retryAfterMs, type ServiceAnswer } from './call-service.ts';
import { MachineTranslationError } from './provider.ts';

/**
 * The error for a DeepL answer that is not a success. On the glossary endpoints, 456 means too many glossary
 * requests, not an exhausted character quota. Text from DeepL is included with the API key removed.
 */
export function deeplError(
  answer: ServiceAnswer,
  options: { apiKey: string; isGlossaryEndpoint?: boolean },
): MachineTranslationError {
  const { status } = answer;
  const said = [errorText(answer.body, 'message'), errorText(answer.body, 'detail')]
    .filter((part) => part !== undefined)
    .join(': ');
  const detail = said ? `: ${hideKey(said, options.apiKey)}` : '';
  const http = `(HTTP ${status})`;
  if (status === 401 || status === 403) {
    return new MachineTranslationError(
      'misconfigured',
      `DeepL refused the API key ${http}${detail}. Check DEEPL_API_KEY, and that a Free key (ending in ":fx") ` +
        'is used with https://api-free.deepl.com and a Pro key with https://api.deepl.com.',
    );
  }
  if (status === 404) {
    return new MachineTranslationError(
      'misconfigured',
      `DeepL does not know the address that was called ${http}${detail}. Check DEEPL_API_URL.`,
    );
  }
  if (status === 456 && !options.isGlossaryEndpoint) {
    return new MachineTranslationError(
      'quota-exhausted',
      `DeepL: the monthly character quota of this DeepL account is used up ${http}.`,
    );
  }
  if (status === 429 || status === 456 || status === 529) {
    const wait = retryAfterMs(answer.headers.get('retry-after'));
    const when = wait === undefined ? 'later' : `in ${Math.ceil(wait / 1000)} s`;
    return new MachineTranslationError(
      'rate-limited',
      `DeepL received too many requests and asks to try again ${when} ${http}.`,
      { retryAfterMs: wait },
    );
  }
  if (status >= 500) {
    return new MachineTranslationError(
      'unavailable',
      `DeepL is not available at the moment ${http}${detail}.`,
      {
        retryAfterMs: retryAfterMs(answer.headers.get('retry-after')),
      },
    );
  }
  if (status === 413 || status === 414) {
    return new MachineTranslationError(
      'rejected',
      `DeepL rejected the request as too large ${http}; translate fewer or shorter texts at once.`,
    );
  }
  return new MachineTranslationError('rejected', `DeepL rejected the request ${http}${detail}.`);
}
