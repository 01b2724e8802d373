import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';

/** A labelled choice of one of the given content languages, named in the interface language. */
export function LanguageSelect(props: {
  label: string;
  value: string;
  tags: readonly string[];
  onChange: (tag: string) => void;
  /** Options before the languages, e.g. "all my languages". */
  children?: ReactNode;
}) {
  const { language: uiLanguage } = useI18n();
  return (
    <label>
      <span className="label">{props.label}</span>
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.children}
        {props.tags.map((tag) => (
          <option key={tag} value={tag}>
            {languageName(tag, uiLanguage)}
          </option>
        ))}
      </select>
    </label>
  );
}
