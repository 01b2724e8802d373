/** PostgreSQL's text search configurations with stemming, by language; every other language uses `simple`. */
const configurations: Record<string, string> = {
  de: 'german',
  'de-x-easy': 'german',
  en: 'english',
  ar: 'arabic',
  fr: 'french',
  ru: 'russian',
  tr: 'turkish',
  es: 'spanish',
  it: 'italian',
  el: 'greek',
  ro: 'romanian',
  sr: 'serbian',
};

/** The text search configuration for a language tag. */
export function textSearchConfigFor(language: string): string {
  return configurations[language] ?? 'simple';
}
