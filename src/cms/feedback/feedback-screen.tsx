// The feedback inbox (region managers): readers' feedback with filters, each piece opened in place with its
// translation, handling, notes and reply; and what the feedback says in numbers.
import { useEffect, useRef, useState } from 'react';
import { segment } from '../api/client.ts';
import { Loading, Notice, RegionErrorNotice, isRefused } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';
import { useFocusAfterRender } from '../lib/use-focus-after-render.ts';
import { useKeptData } from '../lib/use-kept-data.ts';
import { useTitle } from '../lib/use-title.ts';
import { FeedbackFilterBar } from './feedback-filters.tsx';
import { FeedbackList } from './feedback-list.tsx';
import { FeedbackStatisticsView } from './feedback-statistics.tsx';
import { NO_FILTERS, type Inbox, type InboxFilters } from './types.ts';
import { LIMITS } from '../../shared/limits.ts';
import './feedback.css';

const PAGE_SIZE = 50;

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
  const [hasLeftList, setHasLeftList] = useState(false);
  const leftNotice = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const firstNew = useRef<number>(undefined);
  const focusAfterRender = useFocusAfterRender();
  const inbox = useApi<Inbox>(`/regions/${segment(region)}/feedback?${queryOf(filters, limit)}`);
  // "Show older" keeps the items (and the focused button) on screen while the longer list loads.
  const shown = useKeptData(inbox, queryOf(filters, 0));
  // The region's languages and people stay while another filter loads.
  const [known, setKnown] = useState<Inbox>();
  useEffect(() => {
    if (inbox.data) setKnown(inbox.data);
  }, [inbox.data]);
  // Once older feedback is there, focus moves on to the first of it (the button may be gone: no more).
  useEffect(() => {
    if (firstNew.current === undefined || inbox.isLoading) return;
    list.current?.querySelectorAll<HTMLElement>('.feedback-heading button')[firstNew.current]?.focus();
    firstNew.current = undefined;
  }, [inbox.isLoading]);
  if (inbox.error && isRefused(inbox.error)) return <RegionErrorNotice error={inbox.error} />;
  if (!known) return inbox.error ? <RegionErrorNotice error={inbox.error} /> : <Loading />;
  const items = shown?.items ?? [];
  const isFiltered = Object.values(filters).some((value) => value !== '');
  const changed = async () => {
    const next = await inbox.reload();
    // Handled feedback may no longer match the filters: say so where focus was, instead of losing it.
    if (next && openId !== null && !next.items.some((item) => item.id === openId)) {
      setOpenId(null);
      setHasLeftList(true);
      focusAfterRender(() => leftNotice.current);
    }
  };
  const showMore = () => {
    if (inbox.isLoading) return;
    firstNew.current = items.length;
    setLimit(Math.min(limit + PAGE_SIZE, LIMITS.feedbackInboxMaxItems));
  };
  return (
    <>
      <p className="hint">{t('feedback.intro', { days: known.retentionDays })}</p>
      <FeedbackFilterBar
        filters={filters}
        languages={known.languages}
        onChange={(next) => {
          setFilters(next);
          setLimit(PAGE_SIZE);
          setHasLeftList(false);
          firstNew.current = undefined;
        }}
      />
      {hasLeftList && (
        <Notice kind="success" ref={leftNotice}>
          {t('feedback.leftList')}
        </Notice>
      )}
      {!shown ? (
        inbox.error ? (
          <RegionErrorNotice error={inbox.error} />
        ) : (
          <Loading />
        )
      ) : items.length === 0 ? (
        <Notice kind="info">{t(isFiltered ? 'feedback.emptyFiltered' : 'feedback.empty')}</Notice>
      ) : (
        <FeedbackList
          ref={list}
          region={region}
          items={items}
          inbox={known}
          openId={openId}
          onToggle={(id) => {
            setOpenId(openId === id ? null : id);
            setHasLeftList(false);
          }}
          onChanged={() => void changed()}
        />
      )}
      {shown && inbox.isLoading && <Loading />}
      {shown?.hasMore &&
        (limit < LIMITS.feedbackInboxMaxItems || inbox.isLoading ? (
          // Not disabled while the longer list loads: a disabled button would lose the focus.
          <button type="button" aria-disabled={inbox.isLoading} onClick={showMore}>
            {t('feedback.more')}
          </button>
        ) : (
          <p className="hint">{t('feedback.limitReached', { count: LIMITS.feedbackInboxMaxItems })}</p>
        ))}
    </>
  );
}

function queryOf(filters: InboxFilters, limit: number): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  query.set('limit', String(limit));
  return query.toString();
}
