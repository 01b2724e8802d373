import type { TreePage } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';

const symbols = { missing: '–', outdated: '!', 'up-to-date': '✓' } as const;

/** Each language of a page with its translation state and, if not published, the newest version's status. */
export function TranslationBadges({ page, languages }: { page: TreePage; languages: string[] }) {
  const { t, language: uiLanguage } = useI18n();
  return (
    <span className="translation-badges">
      {languages.map((language) => {
        const entry = page.languages[language];
        if (!entry) return null;
        const isUnpublished = entry.status === 'draft' || entry.status === 'review';
        return (
          <span key={language} className={`lang-state state-${entry.state}`}>
            <span aria-hidden="true">
              {language} {symbols[entry.state]}
            </span>
            <span className="visually-hidden">
              {languageName(language, uiLanguage)}: {t(`state.${entry.state}`)}
              {isUnpublished ? `, ${t(`status.${entry.status}`)}` : ''}
            </span>
            {isUnpublished && (
              <span className={`status-dot status-${entry.status}`} aria-hidden="true">
                {entry.status === 'review' ? '◆' : '✎'}
              </span>
            )}
          </span>
        );
      })}
    </span>
  );
}
