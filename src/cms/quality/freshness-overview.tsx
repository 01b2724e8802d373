import { useRef, useState } from 'react';
import { segment } from '../api/client.ts';
import { BidiMessage } from '../components/bidi-message.tsx';
import { LanguageSelect } from '../components/language-select.tsx';
import { Link } from '../components/link.tsx';
import { Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useApi } from '../lib/use-api.ts';
import { useFocusAfterRender } from '../lib/use-focus-after-render.ts';
import { useKeptData } from '../lib/use-kept-data.ts';
import { ConfirmCurrent } from './confirm-current.tsx';
import type { FreshnessItem, FreshnessOverview } from './types.ts';

const pageSize = 100;

/**
 * What is due for review in a region: the overdue texts, the most overdue first, then those due within
 * four weeks, each with its editor and (for editors and managers) "Noch korrekt".
 */
export function FreshnessOverviewPart(props: {
  region: string;
  canConfirm: boolean;
  canChangeInterval: boolean;
}) {
  const { region } = props;
  const { t, language: uiLanguage } = useI18n();
  const [language, setLanguage] = useState('');
  const [shown, setShown] = useState(pageSize);
  const [confirmed, setConfirmed] = useState<FreshnessItem>();
  const confirmedNotice = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const path = `/regions/${segment(region)}/freshness`;
  const query = language ? `?${new URLSearchParams({ language })}` : '';
  const loaded = useApi<FreshnessOverview>(`${path}${query}`);
  // Another language's list keeps the last one (and the focused filter) on screen while it loads.
  const data = useKeptData(loaded, path);
  if (loaded.isLoading && !data) return <Loading />;
  if (!data) return <RegionErrorNotice error={loaded.error} />;
  const { counts, items, intervalMonths, languages } = data;
  const onConfirmed = (item: FreshnessItem) => {
    setConfirmed(item);
    // The row goes away once the list is loaded again; the notice says what happened.
    focusAfterRender(() => confirmedNotice.current);
    void loaded.reload();
  };
  return (
    <>
      <p className="muted">
        {t('freshness.intro', { months: intervalMonths })}{' '}
        {props.canChangeInterval && (
          <Link to={`/r/${segment(region)}/settings`}>{t('freshness.changeInterval')}</Link>
        )}
      </p>
      {languages.length > 1 && (
        <div role="search" className="filter-bar">
          <LanguageSelect
            label={t('freshness.language')}
            value={language}
            tags={languages}
            onChange={(tag) => {
              setLanguage(tag);
              setShown(pageSize);
            }}
          >
            <option value="">{t('freshness.allLanguages')}</option>
          </LanguageSelect>
        </div>
      )}
      {loaded.isLoading && <Loading />}
      <p role="status">{t('freshness.summary', counts)}</p>
      {confirmed && (
        <Notice kind="success" ref={confirmedNotice}>
          <BidiMessage
            id="freshness.confirmed"
            name="title"
            text={confirmed.title}
            lang={confirmed.language}
            values={{ date: formatCalendarDate(confirmed.reviewBy, uiLanguage) }}
          />
        </Notice>
      )}
      {items.length === 0 ? (
        <Notice kind="success">{t('freshness.nothingDue')}</Notice>
      ) : (
        <FreshnessTable
          region={region}
          items={items.slice(0, shown)}
          onConfirmed={props.canConfirm ? onConfirmed : undefined}
        />
      )}
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + pageSize)}>
          {t('freshness.more', { count: items.length - shown })}
        </button>
      )}
    </>
  );
}

function FreshnessTable(props: {
  region: string;
  items: FreshnessItem[];
  onConfirmed: ((item: FreshnessItem) => void) | undefined;
}) {
  const { region, onConfirmed } = props;
  const { t, language: uiLanguage, formatDateTime } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data freshness-table">
        <caption className="visually-hidden">{t('freshness.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('freshness.page')}</th>
            <th scope="col">{t('freshness.language')}</th>
            <th scope="col">{t('freshness.reviewBy')}</th>
            <th scope="col">{t('freshness.lastCheck')}</th>
            {onConfirmed && <th scope="col">{t('freshness.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={`${item.pageId}:${item.language}`}>
              <th scope="row">
                <Link
                  to={`/r/${segment(region)}/pages/${item.pageId}/${segment(item.language)}`}
                  lang={item.language}
                  dir="auto"
                >
                  {item.title}
                </Link>
              </th>
              <td>{languageName(item.language, uiLanguage)}</td>
              <td>
                {formatCalendarDate(item.reviewBy, uiLanguage)}
                <br />
                <span className={item.status === 'overdue' ? 'is-overdue' : 'muted'}>
                  {item.status === 'overdue'
                    ? t('freshness.overdueBy', { days: -item.daysLeft })
                    : t('freshness.dueIn', { days: item.daysLeft })}
                </span>
              </td>
              <td>
                {t(`freshness.check.${item.lastCheck.kind}`, { date: formatDateTime(item.lastCheck.at) })}
                {item.lastCheck.by && ` ${t('freshness.by', { who: item.lastCheck.by })}`}
                {item.lastCheck.note && (
                  <p className="review-note hint">
                    {t('freshness.quotedNote', { note: item.lastCheck.note })}
                  </p>
                )}
              </td>
              {onConfirmed && (
                <td>
                  <ConfirmCurrent region={region} item={item} onConfirmed={onConfirmed} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A calendar date (YYYY-MM-DD, the region's) as people read it in the interface language. */
function formatCalendarDate(date: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
