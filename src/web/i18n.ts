import { readdirSync, readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import type english from './messages/en.json';

/** A key of the interface message catalogs. */
export type MessageKey = keyof typeof english;

/** Formats interface messages in one language. */
export interface Translator {
  /** The catalog language, a BCP 47 tag. */
  language: string;
  t(key: MessageKey, values?: Record<string, unknown>): string;
}

const messagesDir = new URL('./messages/', import.meta.url);

/** Every interface catalog, by language tag, read once at start. */
export const CATALOGS: ReadonlyMap<string, Readonly<Record<string, string>>> = new Map(
  readdirSync(messagesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [
      name.replace(/\.json$/, ''),
      JSON.parse(readFileSync(new URL(name, messagesDir), 'utf8')) as Record<string, string>,
    ]),
);

/** The interface languages there are catalogs for. */
export const UI_LANGUAGES: readonly string[] = [...CATALOGS.keys()].sort();

/** The catalog to show next to content in a language: its own, its base language's, else English. */
export function uiLanguageFor(contentLanguage: string): string {
  if (CATALOGS.has(contentLanguage)) return contentLanguage;
  const base = contentLanguage.split('-')[0] ?? '';
  return CATALOGS.has(base) ? base : 'en';
}

const translators = new Map<string, Translator>();

/** A translator for a catalog language; messages are compiled once and kept. */
export function translatorFor(language: string): Translator {
  const known = translators.get(language);
  if (known) return known;
  const catalogLanguage = uiLanguageFor(language);
  const catalog = CATALOGS.get(catalogLanguage) ?? {};
  const fallback = CATALOGS.get('en') ?? {};
  const compiled = new Map<string, IntlMessageFormat>();
  const translator: Translator = {
    language: catalogLanguage,
    t(key, values) {
      let format = compiled.get(key);
      if (!format) {
        const isOwn = catalog[key] !== undefined;
        format = new IntlMessageFormat(
          isOwn ? catalog[key]! : (fallback[key] ?? key),
          isOwn ? catalogLanguage : 'en',
        );
        compiled.set(key, format);
      }
      return String(format.format(values));
    },
  };
  translators.set(language, translator);
  return translator;
}
