import { useState } from 'react';
import { segment } from '../api/client.ts';
import { LanguageSelect } from '../components/language-select.tsx';
import { Link } from '../components/link.tsx';
import { Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useApi } from '../lib/use-api.ts';
import { useKeptData } from '../lib/use-kept-data.ts';
import { useTitle } from '../lib/use-title.ts';
import { MachineTranslationPanel } from '../machine-translation/bulk-panel.tsx';
import { canWriteIn } from '../lib/permissions.ts';
import { useSession } from '../lib/session.tsx';
import { XliffPanel } from '../xliff/xliff-panel.tsx';
import { TRANSLATION_PROGRESS, type TranslationProgress } from '../../shared/translation-state.ts';

interface Overview {
  defaultLanguage: string;
  languages: {
    tag: string;
    source: string | null;
    counts: Record<TranslationProgress, number>;
    upToDatePercent: number;
  }[];
  items: { pageId: number; title: string | null; states: Record<string, TranslationProgress> }[];
}

const pageSize = 500;

/** Where the translation of every page stands in every language, with progress per language and CSV export. */
export function TranslationOverviewScreen({ region }: { region: string }) {
  const { t, language: uiLanguage } = useI18n();
  const access = useSession().accessIn(region);
  useTitle(t('translations.title'));
  const [language, setLanguage] = useState('');
  const [state, setState] = useState<TranslationProgress | ''>('');
  const [shown, setShown] = useState(pageSize);
  const query = state ? `?${new URLSearchParams({ ...(language ? { language } : {}), state })}` : '';
  const path = `/regions/${segment(region)}/translations`;
  const overview = useApi<Overview>(`${path}${query}`);
  // While another filter's overview loads, the last one stays: the panels below keep a running batch's
  // progress and an XLIFF preview instead of giving way to the loading placeholder.
  const data = useKeptData(overview, path);

  if (overview.isLoading && !data) return <Loading />;
  if (!data) return <RegionErrorNotice error={overview.error} />;
  const { languages, items, defaultLanguage } = data;
  const translatable = languages
    .filter((entry) => entry.source !== null && canWriteIn(access, entry.tag, defaultLanguage))
    .map((entry) => entry.tag);
  const titleOf = (pageId: number) =>
    items.find((item) => item.pageId === pageId)?.title ?? t('tree.untitled', { id: pageId });
  return (
    <section>
      <div className="screen-heading">
        <h1>{t('translations.title')}</h1>
        <a className="button-like" href={`/api/cms${path}.csv${query}`} download>
          {t('translations.csv')}
        </a>
      </div>
      <ul className="progress-list">
        {languages.map((entry) => (
          <li key={entry.tag}>
            <label>
              <span className="label">
                {languageName(entry.tag, uiLanguage)}
                {entry.tag === defaultLanguage ? ` (${t('editor.sourceLanguage')})` : ''}
              </span>
              <progress max={100} value={entry.upToDatePercent} />{' '}
              {t('translations.upToDate', { percent: entry.upToDatePercent })}
            </label>
            <span className="muted">
              {TRANSLATION_PROGRESS.filter((key) => key !== 'up-to-date' && entry.counts[key] > 0)
                .map((key) => t(`translations.count.${key}`, { count: entry.counts[key] }))
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <MachineTranslationPanel
        region={region}
        titleOf={titleOf}
        onTranslated={() => void overview.reload()}
      />
      <XliffPanel
        region={region}
        languages={translatable}
        titleOf={titleOf}
        onImported={() => void overview.reload()}
      />
      <div role="search" className="filter-bar">
        <LanguageSelect
          label={t('tree.filter.language')}
          value={language || defaultLanguage}
          tags={languages.map((entry) => entry.tag)}
          onChange={setLanguage}
        />
        <label>
          <span className="label">{t('tree.filter.state')}</span>
          <select
            value={state}
            onChange={(event) => setState(event.target.value as TranslationProgress | '')}
          >
            <option value="">{t('tree.filter.state.any')}</option>
            {TRANSLATION_PROGRESS.map((key) => (
              <option key={key} value={key}>
                {t(`progress.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {items.length === 0 ? (
        <Notice kind="info">{t(state ? 'translations.noMatch' : 'tree.empty')}</Notice>
      ) : (
        <div className="table-scroll" role="region" tabIndex={0} aria-label={t('translations.table')}>
          <table className="data translation-table">
            <caption className="visually-hidden">{t('translations.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.page')}</th>
                {languages.map((entry) => (
                  <th scope="col" key={entry.tag}>
                    {languageName(entry.tag, uiLanguage)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.slice(0, shown).map((item) => (
                <tr key={item.pageId}>
                  <th scope="row">{item.title ?? t('tree.untitled', { id: item.pageId })}</th>
                  {languages.map((entry) => {
                    const progress = item.states[entry.tag] ?? 'missing';
                    return (
                      <td key={entry.tag} className={`progress-${progress}`}>
                        <Link to={`/r/${segment(region)}/pages/${item.pageId}/${entry.tag}`}>
                          {t(`progress.${progress}`)}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + pageSize)}>
          {t('translations.more', { count: items.length - shown })}
        </button>
      )}
    </section>
  );
}
