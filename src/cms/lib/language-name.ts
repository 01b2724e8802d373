import { findLanguage } from '../../shared/languages.ts';

/** A content language's name in the interface language ("Ukrainisch", "Leichte Sprache"). */
export function languageName(tag: string, interfaceLanguage: string): string {
  const key = `${tag}:${interfaceLanguage}`;
  let name = names.get(key);
  if (name === undefined) {
    name = nameOf(tag, interfaceLanguage);
    names.set(key, name);
  }
  return name;
}

const names = new Map<string, string>();

function nameOf(tag: string, interfaceLanguage: string): string {
  const known = findLanguage(tag);
  if (interfaceLanguage === 'en' && known) return known.englishName;
  if (!tag.includes('-x-')) {
    try {
      const name = new Intl.DisplayNames([interfaceLanguage], { type: 'language' }).of(tag);
      if (name && name !== tag) return name;
    } catch {
      // Not a tag the browser knows: fall back to the registry.
    }
  }
  return known?.nativeName ?? tag;
}
