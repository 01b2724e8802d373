import { segment } from '../api/client.ts';
import { Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useApi } from '../lib/use-api.ts';
import type { FeedbackStatistics } from './types.ts';

/** What readers' feedback says in numbers: how helpful each page is, and searches that found nothing. */
export function FeedbackStatisticsView({ region }: { region: string }) {
  const { t, language: uiLanguage, formatDateTime } = useI18n();
  const statistics = useApi<FeedbackStatistics>(`/regions/${segment(region)}/feedback/statistics`);
  if (!statistics.data) {
    return statistics.error ? <RegionErrorNotice error={statistics.error} /> : <Loading />;
  }
  const { pages, searches } = statistics.data;
  return (
    <>
      <h2>{t('feedback.stats.pages')}</h2>
      {pages.length === 0 ? (
        <Notice kind="info">{t('feedback.stats.noPages')}</Notice>
      ) : (
        <table className="data">
          <caption className="hint">{t('feedback.stats.pagesHint')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback.stats.page')}</th>
              <th scope="col">{t('feedback.rating.helpful')}</th>
              <th scope="col">{t('feedback.rating.not-helpful')}</th>
              <th scope="col">{t('feedback.stats.share')}</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => (
              <tr key={page.pageId}>
                <th scope="row">
                  <bdi>{page.title ?? `#${page.pageId}`}</bdi>
                </th>
                <td>{page.helpful}</td>
                <td>{page.notHelpful}</td>
                <td>{t('feedback.stats.shareValue', { share: page.helpfulShare })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('feedback.stats.searches')}</h2>
      {searches.length === 0 ? (
        <Notice kind="info">{t('feedback.stats.noSearches')}</Notice>
      ) : (
        <table className="data">
          <caption className="hint">{t('feedback.stats.searchesHint')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feedback.stats.query')}</th>
              <th scope="col">{t('feedback.filter.language')}</th>
              <th scope="col">{t('feedback.stats.count')}</th>
              <th scope="col">{t('feedback.stats.lastAt')}</th>
            </tr>
          </thead>
          <tbody>
            {searches.map((search) => (
              <tr key={`${search.language}:${search.query}`}>
                <th scope="row" dir="auto" lang={search.language}>
                  {search.query}
                </th>
                <td>{languageName(search.language, uiLanguage)}</td>
                <td>{search.count}</td>
                <td>{formatDateTime(search.lastAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
