/** A language of the platform registry. */
export interface LanguageInfo {
  /** BCP 47 tag. */
  tag: string;
  nativeName: string;
  englishName: string;
  direction: 'ltr' | 'rtl';
  /** ISO 15924 script code. */
  script: string;
}

/** Easy German: written for people who read with difficulty, and checked by a second person before it is public. */
export const EASY_GERMAN = 'de-x-easy';

/** Whether texts in a language go public only through a second person's review: nobody publishes them directly. */
export function isPublishedOnlyAfterReview(language: string | undefined): boolean {
  return language === EASY_GERMAN;
}

/**
 * The languages Lotse knows out of the box. Easy German is a language of its own (private-use subtag, as
 * BCP 47 has no registered one). Regions enable a subset of these.
 */
export const LANGUAGES: readonly LanguageInfo[] = [
  { tag: 'de', nativeName: 'Deutsch', englishName: 'German', direction: 'ltr', script: 'Latn' },
  {
    tag: 'de-x-easy',
    nativeName: 'Leichte Sprache',
    englishName: 'Easy German',
    direction: 'ltr',
    script: 'Latn',
  },
  { tag: 'en', nativeName: 'English', englishName: 'English', direction: 'ltr', script: 'Latn' },
  { tag: 'ar', nativeName: 'العربية', englishName: 'Arabic', direction: 'rtl', script: 'Arab' },
  { tag: 'fa', nativeName: 'فارسی', englishName: 'Persian (Farsi)', direction: 'rtl', script: 'Arab' },
  { tag: 'prs', nativeName: 'دری', englishName: 'Dari', direction: 'rtl', script: 'Arab' },
  { tag: 'ps', nativeName: 'پښتو', englishName: 'Pashto', direction: 'rtl', script: 'Arab' },
  { tag: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', direction: 'ltr', script: 'Cyrl' },
  { tag: 'ru', nativeName: 'Русский', englishName: 'Russian', direction: 'ltr', script: 'Cyrl' },
  { tag: 'tr', nativeName: 'Türkçe', englishName: 'Turkish', direction: 'ltr', script: 'Latn' },
  { tag: 'ti', nativeName: 'ትግርኛ', englishName: 'Tigrinya', direction: 'ltr', script: 'Ethi' },
  { tag: 'so', nativeName: 'Soomaali', englishName: 'Somali', direction: 'ltr', script: 'Latn' },
  {
    tag: 'ku',
    nativeName: 'Kurdî (Kurmancî)',
    englishName: 'Kurdish (Kurmanji)',
    direction: 'ltr',
    script: 'Latn',
  },
  {
    tag: 'ckb',
    nativeName: 'کوردیی ناوەندی',
    englishName: 'Kurdish (Sorani)',
    direction: 'rtl',
    script: 'Arab',
  },
  { tag: 'fr', nativeName: 'Français', englishName: 'French', direction: 'ltr', script: 'Latn' },
  { tag: 'es', nativeName: 'Español', englishName: 'Spanish', direction: 'ltr', script: 'Latn' },
  { tag: 'it', nativeName: 'Italiano', englishName: 'Italian', direction: 'ltr', script: 'Latn' },
  { tag: 'pl', nativeName: 'Polski', englishName: 'Polish', direction: 'ltr', script: 'Latn' },
  { tag: 'ro', nativeName: 'Română', englishName: 'Romanian', direction: 'ltr', script: 'Latn' },
  { tag: 'bg', nativeName: 'Български', englishName: 'Bulgarian', direction: 'ltr', script: 'Cyrl' },
  { tag: 'sq', nativeName: 'Shqip', englishName: 'Albanian', direction: 'ltr', script: 'Latn' },
  { tag: 'sr', nativeName: 'Српски', englishName: 'Serbian', direction: 'ltr', script: 'Cyrl' },
  { tag: 'el', nativeName: 'Ελληνικά', englishName: 'Greek', direction: 'ltr', script: 'Grek' },
  { tag: 'ur', nativeName: 'اردو', englishName: 'Urdu', direction: 'rtl', script: 'Arab' },
  { tag: 'am', nativeName: 'አማርኛ', englishName: 'Amharic', direction: 'ltr', script: 'Ethi' },
  { tag: 'vi', nativeName: 'Tiếng Việt', englishName: 'Vietnamese', direction: 'ltr', script: 'Latn' },
  { tag: 'zh', nativeName: '中文', englishName: 'Chinese', direction: 'ltr', script: 'Hans' },
];

/** The registry entry for a tag, if Lotse knows the language. */
export function findLanguage(tag: string): LanguageInfo | undefined {
  return LANGUAGES.find((language) => language.tag === tag);
}
