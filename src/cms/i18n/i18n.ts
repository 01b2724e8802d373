// The workspace's interface language (German by default, or English) and its message catalogs: one folder
// per language, one file per area of the workspace, ICU message syntax.
import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, useContext } from 'react';

export const WORKSPACE_LANGUAGES = ['de', 'en'] as const;
export type WorkspaceLanguage = (typeof WORKSPACE_LANGUAGES)[number];

const files = import.meta.glob<Record<string, string>>('../messages/*/*.json', {
  eager: true,
  import: 'default',
});

/** Every message of one language, from all of its area files. */
function catalogOf(language: WorkspaceLanguage): Record<string, string> {
  return Object.assign(
    {},
    ...Object.entries(files)
      .filter(([path]) => path.includes(`/messages/${language}/`))
      .map(([, messages]) => messages),
  );
}

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** A translate function for one language; a missing key shows itself, so it is seen and fixed. */
export function translatorFor(language: WorkspaceLanguage): Translate {
  const catalog = catalogOf(language);
  const formats = new Map<string, IntlMessageFormat>();
  return (key, values) => {
    const message = catalog[key];
    if (message === undefined) return key;
    let format = formats.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, language);
      formats.set(key, format);
    }
    return String(format.format(values));
  };
}

const storageKey = 'lotse.workspace.language';

/** The language chosen before on this device; German, the workspace's default, otherwise. */
export function initialLanguage(): WorkspaceLanguage {
  return localStorage.getItem(storageKey) === 'en' ? 'en' : 'de';
}

/** Keeps the chosen interface language for the next visit. */
export function rememberLanguage(language: WorkspaceLanguage): void {
  localStorage.setItem(storageKey, language);
}

export interface I18n {
  language: WorkspaceLanguage;
  t: Translate;
  setLanguage(language: WorkspaceLanguage): void;
  /** A date and time as people read it in the interface language. */
  formatDateTime(iso: string): string;
}

export const I18nContext = createContext<I18n | null>(null);

/** The interface language and its translate function, inside the app. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nContext');
  return i18n;
}
