// Which Lotse languages each provider can translate, and the codes it knows them by.
// Easy German (de-x-easy) is in no table: no machine translates into or out of it.

/** The codes DeepL uses for one Lotse language. */
export interface DeepLLanguage {
  /** `source_lang`: never with a variant. */
  source: string;
  /** `target_lang`: with the variant DeepL asks for where it has one. */
  target: string;
  /** `source_lang`/`target_lang` of a v2 glossary: lower case, no variant. */
  glossary: string;
}

/**
 * Lotse languages DeepL translates with HTML tag handling (https://developers.deepl.com/docs/getting-started/
 * supported-languages, "Tag handling" column). DeepL also translates fa, prs, ps, ckb, kmr, sq, sr, ur and vi,
 * but without tag handling, which Lotse needs because its texts are HTML; tag handling must be supported by
 * both languages of a pair. ti, so and am are not offered by DeepL at all.
 */
const DEEPL_LANGUAGES = new Map<string, DeepLLanguage>(
  (
    [
      ['de', 'DE', 'DE'],
      ['en', 'EN', 'EN-GB'],
      ['ar', 'AR', 'AR'],
      ['uk', 'UK', 'UK'],
      ['ru', 'RU', 'RU'],
      ['tr', 'TR', 'TR'],
      ['fr', 'FR', 'FR'],
      ['es', 'ES', 'ES'],
      ['it', 'IT', 'IT'],
      ['pl', 'PL', 'PL'],
      ['ro', 'RO', 'RO'],
      ['bg', 'BG', 'BG'],
      ['el', 'EL', 'EL'],
      ['zh', 'ZH', 'ZH-HANS'],
    ] as const
  ).map(([tag, source, target]) => [tag, { source, target, glossary: source.toLowerCase() }]),
);

/**
 * Lotse languages with a LibreTranslate (Argos) model (https://docs.libretranslate.com/guides/
 * supported_languages/); pairs without a direct model pivot through English. "zh" is accepted by every
 * version (newer ones list it as "zh-Hans"). An instance serves only the models it has installed.
 */
const LIBRETRANSLATE_LANGUAGES = new Map<string, string>(
  [
    'de',
    'en',
    'ar',
    'fa',
    'uk',
    'ru',
    'tr',
    'fr',
    'es',
    'it',
    'pl',
    'ro',
    'bg',
    'sq',
    'el',
    'ur',
    'vi',
    'zh',
  ].map((tag) => [tag, tag]),
);

/** DeepL's codes for a pair of Lotse languages, or undefined when DeepL cannot translate the pair. */
export function deeplLanguagePair(
  sourceLanguage: string,
  targetLanguage: string,
): { source: DeepLLanguage; target: DeepLLanguage } | undefined {
  const source = DEEPL_LANGUAGES.get(sourceLanguage);
  const target = DEEPL_LANGUAGES.get(targetLanguage);
  return source && target && sourceLanguage !== targetLanguage ? { source, target } : undefined;
}

/** LibreTranslate's codes for a pair of Lotse languages, or undefined when it cannot translate the pair. */
export function libreTranslateLanguagePair(
  sourceLanguage: string,
  targetLanguage: string,
): { source: string; target: string } | undefined {
  const source = LIBRETRANSLATE_LANGUAGES.get(sourceLanguage);
  const target = LIBRETRANSLATE_LANGUAGES.get(targetLanguage);
  return source && target && sourceLanguage !== targetLanguage ? { source, target } : undefined;
}
