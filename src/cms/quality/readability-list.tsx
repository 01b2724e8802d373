import { Fragment, useState } from 'react';
import { segment } from '../api/client.ts';
import { LanguageSelect } from '../components/language-select.tsx';
import { Link } from '../components/link.tsx';
import { Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { ScoreMeter } from '../components/score-meter.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';
import { useKeptData } from '../lib/use-kept-data.ts';
import type { ReadabilityLevel } from '../../shared/readability.ts';
import type { PageReadabilityList } from './types.ts';

const pageSize = 50;
const levels: readonly ReadabilityLevel[] = ['very-difficult', 'difficult', 'medium', 'easy', 'very-easy'];

/**
 * How easy the published pages read in German or English, the hardest first, with what the levels mean.
 * Other languages have no score: the formulas fit the words and sentences of one language each.
 */
export function ReadabilityPart({ region }: { region: string }) {
  const { t } = useI18n();
  const [language, setLanguage] = useState('');
  const [shown, setShown] = useState(pageSize);
  const path = `/regions/${segment(region)}/readability`;
  const query = language ? `?${new URLSearchParams({ language })}` : '';
  const loaded = useApi<PageReadabilityList>(`${path}${query}`);
  // Another language's list keeps the last one (and the focused filter) on screen while it loads.
  const data = useKeptData(loaded, path);
  if (loaded.isLoading && !data) return <Loading />;
  if (!data) return <RegionErrorNotice error={loaded.error} />;
  const { pages, formula, languages, language: measured } = data;
  return (
    <>
      <p className="muted">{t(`freshness.readability.intro.${formula}`)}</p>
      {languages.length > 1 && (
        <div role="search" className="filter-bar">
          <LanguageSelect
            label={t('freshness.language')}
            value={language || measured}
            tags={languages}
            onChange={(tag) => {
              setLanguage(tag);
              setShown(pageSize);
            }}
          />
        </div>
      )}
      {loaded.isLoading && <Loading />}
      <p role="status">{t('freshness.readability.summary', { count: pages.length })}</p>
      {pages.length === 0 ? (
        <Notice kind="info">{t('freshness.readability.none')}</Notice>
      ) : (
        <div className="table-scroll">
          <table className="data readability-table">
            <caption className="visually-hidden">{t('freshness.readability.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('freshness.page')}</th>
                <th scope="col">{t('freshness.readability.score')}</th>
                <th scope="col">{t('freshness.readability.level')}</th>
                <th scope="col">{t('freshness.readability.words')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.slice(0, shown).map((page) => (
                <tr key={page.pageId}>
                  <th scope="row">
                    <Link
                      to={`/r/${segment(region)}/pages/${page.pageId}/${segment(measured)}`}
                      lang={measured}
                      dir="auto"
                    >
                      {page.title}
                    </Link>
                  </th>
                  <td className="score">
                    <ScoreMeter score={page.score} /> {page.score}
                  </td>
                  <td>{t(`readability.level.${page.level}`)}</td>
                  <td>
                    {t('freshness.readability.counts', { words: page.words, sentences: page.sentences })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages.length > shown && (
        <button type="button" onClick={() => setShown(shown + pageSize)}>
          {t('freshness.readability.more', { count: pages.length - shown })}
        </button>
      )}
      <h2>{t('freshness.readability.levels')}</h2>
      <dl className="readability-levels">
        {levels.map((level) => (
          <Fragment key={level}>
            <dt>{t(`readability.level.${level}`)}</dt>
            <dd>{t(`freshness.readability.explain.${level}`)}</dd>
          </Fragment>
        ))}
      </dl>
    </>
  );
}
