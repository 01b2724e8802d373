// Machine translation through the DeepL API v2 (https://developers.deepl.com/api-reference/translate).
import { callService, errorText } from './call-service.ts';
import { deeplError } from './deepl-errors.ts';
import { createDeepLGlossaries, type DeepLRequest } from './deepl-glossaries.ts';
import {
  MachineTranslationError,
  type MachineTranslationRequest,
  type MachineTranslator,
} from './provider.ts';
import { deeplLanguagePair } from './provider-languages.ts';
import { shieldTerms, unshieldTerms } from './shield-terms.ts';

const FREE_API_URL = 'https://api-free.deepl.com';
const PRO_API_URL = 'https://api.deepl.com';

/**
 * A translator that sends HTML to DeepL (tag_handling=html). Terms to keep are shielded with
 * translate="no" spans; terms with a fixed translation go into a DeepL glossary, when DeepL has glossaries
 * for the pair. Free keys (ending in ":fx") use api-free.deepl.com unless a base URL is given.
 */
export function createDeepLTranslator(options: {
  apiKey: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): MachineTranslator {
  const apiKey = options.apiKey.trim();
  const baseUrl = (options.baseUrl ?? (apiKey.endsWith(':fx') ? FREE_API_URL : PRO_API_URL)).replace(
    /\/+$/,
    '',
  );
  const send: DeepLRequest = (path, init = {}) =>
    callService({
      serviceName: 'DeepL',
      fetch: options.fetch ?? globalThis.fetch,
      url: `${baseUrl}${path}`,
      timeoutMs: options.timeoutMs ?? 30_000,
      init: {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: `DeepL-Auth-Key ${apiKey}` },
      },
    });
  const glossaries = createDeepLGlossaries({ request: send, apiKey });

  const translateOnce = async (texts: string[], request: MachineTranslationRequest, mayRetry: boolean) => {
    const pair = deeplLanguagePair(request.sourceLanguage, request.targetLanguage);
    if (!pair) throw unsupported(request);
    const fixed = (request.glossary ?? []).flatMap(({ term, translation }) =>
      translation === null ? [] : [{ term, translation }],
    );
    const glossaryId =
      fixed.length > 0
        ? await glossaries.idFor(pair.source.glossary, pair.target.glossary, fixed)
        : undefined;
    const answer = await send('/v2/translate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: texts,
        source_lang: pair.source.source,
        target_lang: pair.target.target,
        tag_handling: 'html',
        // prefer_…: DeepL applies formality where the target language has it and ignores it elsewhere.
        ...(request.formality ? { formality: `prefer_${request.formality}` } : {}),
        ...(glossaryId ? { glossary_id: glossaryId } : {}),
      }),
    });
    if (answer.status === 200) return translationsOf(answer.body, texts.length);
    const isGlossaryGone =
      answer.status === 404 ||
      (answer.status === 400 && /glossary/i.test(errorText(answer.body, 'message') ?? ''));
    if (glossaryId && isGlossaryGone) {
      // The glossary may have been deleted in the DeepL account: create it again, once.
      glossaries.forget(glossaryId);
      if (mayRetry) return translateOnce(texts, request, false);
    }
    throw deeplError(answer, { apiKey });
  };

  return {
    provider: 'deepl',
    supports: (sourceLanguage, targetLanguage) =>
      deeplLanguagePair(sourceLanguage, targetLanguage) !== undefined,
    async translate(request) {
      if (!deeplLanguagePair(request.sourceLanguage, request.targetLanguage)) throw unsupported(request);
      if (request.texts.length === 0) return [];
      const keep = (request.glossary ?? []).flatMap(({ term, translation }) =>
        translation === null ? [{ term, replacement: term }] : [],
      );
      const translated = await translateOnce(
        request.texts.map((text) => shieldTerms(text, keep)),
        request,
        true,
      );
      return translated.map(unshieldTerms);
    },
  };
}

function unsupported(request: MachineTranslationRequest): MachineTranslationError {
  return new MachineTranslationError(
    'unsupported-language',
    `DeepL cannot translate from "${request.sourceLanguage}" to "${request.targetLanguage}" ` +
      '(DeepL lacks one of the languages, or cannot keep HTML markup in it).',
  );
}

function translationsOf(body: unknown, count: number): string[] {
  const translations = (body as { translations?: unknown } | null)?.translations;
  const texts = Array.isArray(translations)
    ? translations.map((item) => (item as { text?: unknown } | null)?.text)
    : [];
  if (texts.length !== count || texts.some((text) => typeof text !== 'string')) {
    throw new MachineTranslationError(
      'unavailable',
      `DeepL answered with ${texts.length} translations for ${count} texts, or in an unknown format.`,
    );
  }
  return texts as string[];
}
