import { useMemo } from 'react';
import { segment } from '../api/client.ts';
import type { PageTree } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';

/** Every page version waiting for review in the region, each a link to the editor with the review panel. */
export function ReviewQueueScreen({ region }: { region: string }) {
  const { t } = useI18n();
  useTitle(t('queue.title'));
  const tree = useApi<PageTree>(`/regions/${segment(region)}/pages`);
  const waiting = useMemo(
    () =>
      (tree.data?.pages ?? []).flatMap((page) =>
        Object.entries(page.languages)
          .filter(([, entry]) => entry.status === 'review')
          .map(([language, entry]) => ({ pageId: page.id, language, title: entry.title ?? `#${page.id}` })),
      ),
    [tree.data],
  );
  if (tree.isLoading && !tree.data) return <Loading />;
  if (tree.error) return <RegionErrorNotice error={tree.error} />;
  return (
    <section>
      <h1>{t('queue.title')}</h1>
      {waiting.length === 0 ? (
        <Notice kind="info">{t('queue.empty')}</Notice>
      ) : (
        <table className="data">
          <caption className="visually-hidden">{t('queue.caption', { count: waiting.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.page')}</th>
              <th scope="col">{t('queue.language')}</th>
            </tr>
          </thead>
          <tbody>
            {waiting.map((entry) => (
              <tr key={`${entry.pageId}:${entry.language}`}>
                <td>
                  <Link to={`/r/${segment(region)}/pages/${entry.pageId}/${entry.language}`}>
                    {entry.title}
                  </Link>
                </td>
                <td>{entry.language}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
