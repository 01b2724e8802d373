import type { LanguageLink } from '../view-models.ts';

/** Links to this page in other languages, each named in its own language; the current one is marked. */
export function LanguageList(props: { languages: LanguageLink[] }) {
  return (
    <ul>
      {props.languages.map((language) => (
        <li>
          <a
            href={language.href}
            hreflang={language.tag}
            lang={language.tag}
            aria-current={language.isCurrent ? 'true' : undefined}
          >
            {language.nativeName}
          </a>
        </li>
      ))}
    </ul>
  );
}
