// The feedback inbox (region managers): readers' feedback with filters, each piece opened in place with its
// translation, handling, notes and reply; and what the feedback says in numbers.
import { useEffect, useState } from 'react';
import { segment } from '../api/client.ts';
import { Loading, Notice, RegionErrorNotice, isRefused } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';
import { FeedbackFilterBar } from './feedback-filters.tsx';
import { FeedbackList } from './feedback-list.tsx';
import { FeedbackStatisticsView } from './feedback-statistics.tsx';
import { NO_FILTERS, type Inbox, type InboxFilters } from './types.ts';
import './feedback.css';

const PAGE_SIZE = 50;
/** The most pieces of feedback the server lists at once. */
const MAX_ITEMS = 200;

/** The feedback screen of a region: the inbox, or the statistics. */
export function FeedbackScreen({ region }: { region: string }) {
  const { t } = useI18n();
  useTitle(t('feedback.title'));
  const [view, setView] = useState<'inbox' | 'statistics'>('inbox');
  return (
    <section>
      <div className="screen-heading">
        <h1>{t('feedback.title')}</h1>
        <div className="button-row feedback-views" role="group" aria-label={t('feedback.views')}>
          {(['inbox', 'statistics'] as const).map((shown) => (
            <button key={shown} type="button" aria-pressed={view === shown} onClick={() => setView(shown)}>
              {t(`feedback.view.${shown}`)}
            </button>
          ))}
        </div>
      </div>
      {view === 'inbox' ? <InboxView region={region} /> : <FeedbackStatisticsView region={region} />}
    </section>
  );
}

function InboxView({ region }: { region: string }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<InboxFilters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [openId, setOpenId] = useState<number | null>(null);
  const inbox = useApi<Inbox>(`/regions/${segment(region)}/feedback?${queryOf(filters, limit)}`);
  // The region's languages and people stay while another filter loads.
  const [known, setKnown] = useState<Inbox>();
  useEffect(() => {
    if (inbox.data) setKnown(inbox.data);
  }, [inbox.data]);
  if (inbox.error && isRefused(inbox.error)) return <RegionErrorNotice error={inbox.error} />;
  if (!known) return inbox.error ? <RegionErrorNotice error={inbox.error} /> : <Loading />;
  const items = inbox.data?.items ?? [];
  const isFiltered = Object.values(filters).some((value) => value !== '');
  return (
    <>
      <p className="hint">{t('feedback.intro', { days: known.retentionDays })}</p>
      <FeedbackFilterBar
        filters={filters}
        languages={known.languages}
        onChange={(next) => {
          setFilters(next);
          setLimit(PAGE_SIZE);
        }}
      />
      {inbox.isLoading && !inbox.data ? (
        <Loading />
      ) : inbox.error ? (
        <RegionErrorNotice error={inbox.error} />
      ) : items.length === 0 ? (
        <Notice kind="info">{t(isFiltered ? 'feedback.emptyFiltered' : 'feedback.empty')}</Notice>
      ) : (
        <FeedbackList
          region={region}
          items={items}
          inbox={known}
          openId={openId}
          onToggle={(id) => setOpenId(openId === id ? null : id)}
          onChanged={() => void inbox.reload()}
        />
      )}
      {inbox.data?.hasMore &&
        (limit < MAX_ITEMS ? (
          <button type="button" disabled={inbox.isLoading} onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('feedback.more')}
          </button>
        ) : (
          <p className="hint">{t('feedback.limitReached', { count: MAX_ITEMS })}</p>
        ))}
    </>
  );
}

function queryOf(filters: InboxFilters, limit: number): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  query.set('limit', String(limit));
  return query.toString();
}
