import type { TreePage } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';

/** The page in each language of the region, with its translation state; the current one marked. */
export function LanguageTabs(props: {
  region: string;
  pageId: number;
  current: string;
  page: TreePage | undefined;
  defaultLanguage: string;
}) {
  const { t, language: uiLanguage } = useI18n();
  const languages = Object.keys(props.page?.languages ?? { [props.defaultLanguage]: null });
  return (
    <nav aria-label={t('editor.languages')} className="language-tabs">
      <ul>
        {languages.map((language) => {
          const state = props.page?.languages[language]?.state ?? 'missing';
          return (
            <li key={language}>
              <Link
                to={`/r/${encodeURIComponent(props.region)}/pages/${props.pageId}/${language}`}
                aria-current={language === props.current ? 'page' : undefined}
                className={`state-${state}`}
              >
                {languageName(language, uiLanguage)}
                {language === props.defaultLanguage ? ` (${t('editor.sourceLanguage')})` : ''}
                <span className="visually-hidden"> {t(`state.${state}`)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
