// The region's audit log: who published, restored, archived, invited or changed settings, and when.
import { useId, useState, type FormEvent } from 'react';
import { segment } from '../api/client.ts';
import type { Member, PageTree } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Loading, RegionErrorNotice, isRefused } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { describeEntry, type AuditEntry } from '../audit/describe-entry.tsx';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useKeptData } from '../lib/use-kept-data.ts';
import { useTitle } from '../lib/use-title.ts';

interface Filters {
  action: string;
  userId: string;
  since: string;
}

/** The action prefixes to filter by; account events are those of the region's members. */
const ACTION_FILTERS = [
  { prefix: '', label: 'audit.filter.all' },
  { prefix: 'page.', label: 'audit.filter.pages' },
  { prefix: 'page.published', label: 'audit.filter.published' },
  { prefix: 'role.', label: 'audit.filter.roles' },
  { prefix: 'region.', label: 'audit.filter.region' },
  { prefix: 'feedback.', label: 'audit.filter.feedback' },
  { prefix: 'links.', label: 'audit.filter.links' },
  { prefix: 'translation.', label: 'audit.filter.translations' },
  { prefix: 'media.', label: 'audit.filter.media' },
  { prefix: 'sign-', label: 'audit.filter.signIns' },
];
const PAGE_SIZE = 100;
/** The most entries the server answers at once. */
const MAX_ENTRIES = 500;
const noFilters: Filters = { action: '', userId: '', since: '' };

/** The region's audit log with filters by kind of action, person and start date. */
export function AuditLogScreen({ region }: { region: string }) {
  const { t } = useI18n();
  const { accessIn } = useSession();
  const regionName = accessIn(region)?.regionName ?? region;
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const log = useApi<{ entries: AuditEntry[] }>(
    `/regions/${segment(region)}/audit?${queryOf(filters, limit)}`,
  );
  const members = useApi<{ members: Member[] }>(`/regions/${segment(region)}/users`);
  const tree = useApi<PageTree>(`/regions/${segment(region)}/pages`);
  useTitle(t('audit.title', { region: regionName }));
  // While more entries or other filters load, the entries shown so far stay (and the focused button).
  const shown = useKeptData(log, `/regions/${region}`);
  const entries = shown?.entries ?? [];
  const isFiltered = filters.action !== '' || filters.userId !== '' || filters.since !== '';

  return (
    <section>
      <h1>{t('audit.title', { region: regionName })}</h1>
      {log.error && isRefused(log.error) ? (
        <RegionErrorNotice error={log.error} />
      ) : (
        <>
          <FilterForm
            applied={filters}
            members={members.data?.members ?? []}
            onApply={(next) => {
              setFilters(next);
              setLimit(PAGE_SIZE);
            }}
          />
          {log.isLoading && !shown ? (
            <Loading />
          ) : log.error ? (
            <RegionErrorNotice error={log.error} />
          ) : entries.length === 0 ? (
            <p className="empty">{t(isFiltered ? 'audit.emptyFiltered' : 'audit.empty')}</p>
          ) : (
            <>
              <div
                className="table-scroll"
                role="region"
                tabIndex={0}
                aria-label={t('audit.caption', { count: entries.length })}
                aria-busy={log.isLoading}
              >
                <table className="data">
                  <caption className="visually-hidden">
                    {t('audit.caption', { count: entries.length })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('audit.time')}</th>
                      <th scope="col">{t('audit.who')}</th>
                      <th scope="col">{t('audit.what')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry) => (
                      <EntryRow
                        key={entry.id}
                        entry={entry}
                        region={region}
                        members={members.data?.members}
                        tree={tree.data}
                      />
                    ))}
                  </tbody>
                </table>
              </div>
              {(entries.length === limit || (log.isLoading && entries.length === limit - PAGE_SIZE)) &&
                limit < MAX_ENTRIES && (
                  <p>
                    <button type="button" onClick={() => setLimit((count) => count + PAGE_SIZE)}>
                      {t('audit.more')}
                    </button>
                  </p>
                )}
              {entries.length === MAX_ENTRIES && (
                <p className="hint">{t('audit.limitReached', { count: MAX_ENTRIES })}</p>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

function FilterForm({
  applied,
  members,
  onApply,
}: {
  applied: Filters;
  members: Member[];
  onApply(filters: Filters): void;
}) {
  const { t } = useI18n();
  const actionId = useId();
  const userId = useId();
  const [draft, setDraft] = useState(applied);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filter-bar" onSubmit={submit} aria-label={t('audit.filters')}>
      <div className="field">
        <label htmlFor={actionId}>{t('audit.filter.action')}</label>
        <select
          id={actionId}
          value={draft.action}
          onChange={(event) => setDraft({ ...draft, action: event.target.value })}
        >
          {ACTION_FILTERS.map(({ prefix, label }) => (
            <option key={prefix} value={prefix}>
              {t(label)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={userId}>{t('audit.filter.user')}</label>
        <select
          id={userId}
          value={draft.userId}
          onChange={(event) => setDraft({ ...draft, userId: event.target.value })}
        >
          <option value="">{t('audit.filter.anyone')}</option>
          {members.map((member) => (
            <option key={member.id} value={String(member.id)}>
              {member.displayName ? `${member.displayName} (${member.email})` : member.email}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t('audit.filter.since')}
        type="date"
        max={localToday()}
        value={draft.since}
        onChange={(event) => setDraft({ ...draft, since: event.target.value })}
      />
      <div className="button-row">
        <button type="submit" className="button-primary">
          {t('audit.filter.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(noFilters);
            onApply(noFilters);
          }}
        >
          {t('audit.filter.reset')}
        </button>
      </div>
    </form>
  );
}

function EntryRow({
  entry,
  region,
  members,
  tree,
}: {
  entry: AuditEntry;
  region: string;
  members: Member[] | undefined;
  tree: PageTree | undefined;
}) {
  const { t, formatDateTime } = useI18n();
  const who =
    entry.userEmail ??
    (entry.userId === null ? t('audit.system') : t('audit.formerUser', { id: entry.userId }));
  return (
    <tr>
      <td>
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
      </td>
      <td>{who}</td>
      <td>{describeEntry(entry, { region, members, tree, t })}</td>
    </tr>
  );
}

/** The API query of the filters; the start date is the beginning of that day where the user is. */
function queryOf(filters: Filters, limit: number): string {
  const query = new URLSearchParams({ limit: String(limit) });
  if (filters.action) query.set('action', filters.action);
  if (filters.userId) query.set('userId', filters.userId);
  if (filters.since) query.set('since', new Date(`${filters.since}T00:00`).toISOString());
  return query.toString();
}

/** Today's date where the user is, as an <input type="date"> value. */
function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}
