// Machine translation through a LibreTranslate server (https://docs.libretranslate.com/guides/api_usage/).
import { callService, errorText, hideKey, retryAfterMs, type ServiceAnswer } from './call-service.ts';
import {
  MachineTranslationError,
  type MachineTranslationRequest,
  type MachineTranslator,
} from './provider.ts';
import { libreTranslateLanguagePair } from './provider-languages.ts';
import { shieldTerms, unshieldTerms } from './shield-terms.ts';

/**
 * A translator that sends HTML to LibreTranslate (format=html). LibreTranslate has neither formality nor
 * glossaries, so formality is ignored and the glossary is applied around it: every whole-word occurrence of
 * a term in translatable text is sent as its fixed translation (or as itself, for terms to keep) inside a
 * translate="no" span, which LibreTranslate's HTML translation leaves untouched; the spans are removed from
 * the result. The term then appears uninflected, which is the price of having no glossary support.
 */
export function createLibreTranslateTranslator(options: {
  baseUrl: string;
  apiKey?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): MachineTranslator {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const apiKey = options.apiKey?.trim() || undefined;

  return {
    provider: 'libretranslate',
    supports: (sourceLanguage, targetLanguage) =>
      libreTranslateLanguagePair(sourceLanguage, targetLanguage) !== undefined,
    async translate(request) {
      const pair = libreTranslateLanguagePair(request.sourceLanguage, request.targetLanguage);
      if (!pair) throw unsupported(request, 'it has no model for one of the languages');
      if (request.texts.length === 0) return [];
      const terms = (request.glossary ?? []).map(({ term, translation }) => ({
        term,
        replacement: translation ?? term,
      }));
      const answer = await callService({
        serviceName: 'LibreTranslate',
        fetch: options.fetch ?? globalThis.fetch,
        url: `${baseUrl}/translate`,
        timeoutMs: options.timeoutMs ?? 60_000,
        init: {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            q: request.texts.map((text) => shieldTerms(text, terms)),
            source: pair.source,
            target: pair.target,
            format: 'html',
            ...(apiKey ? { api_key: apiKey } : {}),
          }),
        },
      });
      if (answer.status !== 200) throw libreTranslateError(answer, request, apiKey);
      return translationsOf(answer.body, request.texts.length).map(unshieldTerms);
    },
  };
}

/** The error for a LibreTranslate answer that is not a success (its body is `{"error": "…"}`). */
function libreTranslateError(
  answer: ServiceAnswer,
  request: MachineTranslationRequest,
  apiKey: string | undefined,
): MachineTranslationError {
  const { status } = answer;
  const said = errorText(answer.body, 'error') ?? '';
  const detail = said ? `: ${hideKey(said, apiKey)}` : '';
  const http = `(HTTP ${status})`;
  if (status === 400 && /^[\w-]+ is not supported|not available as a target language/i.test(said)) {
    return unsupported(request, `it answered ${http}${detail}`);
  }
  if (status === 401 || status === 403 || (status === 400 && /\bapi key\b/i.test(said))) {
    return new MachineTranslationError(
      'misconfigured',
      `LibreTranslate refused the request ${http}${detail}. Check the API key and LIBRETRANSLATE_URL.`,
    );
  }
  if (status === 429) {
    const wait = retryAfterMs(answer.headers.get('retry-after'));
    const when = wait === undefined ? 'later' : `in ${Math.ceil(wait / 1000)} s`;
    return new MachineTranslationError(
      'rate-limited',
      `LibreTranslate received too many requests and asks to try again ${when} ${http}${detail}.`,
      { retryAfterMs: wait },
    );
  }
  if (status >= 500) {
    return new MachineTranslationError(
      'unavailable',
      `LibreTranslate is not available at the moment ${http}${detail}.`,
      { retryAfterMs: retryAfterMs(answer.headers.get('retry-after')) },
    );
  }
  if (status === 404) {
    return new MachineTranslationError(
      'misconfigured',
      `LibreTranslate does not know the address that was called ${http}. Check LIBRETRANSLATE_URL.`,
    );
  }
  return new MachineTranslationError('rejected', `LibreTranslate rejected the request ${http}${detail}.`);
}

function unsupported(request: MachineTranslationRequest, why: string): MachineTranslationError {
  return new MachineTranslationError(
    'unsupported-language',
    `LibreTranslate cannot translate from "${request.sourceLanguage}" to "${request.targetLanguage}": ${why}.`,
  );
}

function translationsOf(body: unknown, count: number): string[] {
  const texts = (body as { translatedText?: unknown } | null)?.translatedText;
  if (!Array.isArray(texts) || texts.length !== count || texts.some((text) => typeof text !== 'string')) {
    throw new MachineTranslationError(
      'unavailable',
      `LibreTranslate did not answer with ${count} translations in the documented format.`,
    );
  }
  return texts as string[];
}
