import { useId, useState } from 'react';
import { ApiError, api } from '../api/client.ts';
import type { WorkspaceVersion } from '../api/types.ts';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';

interface ScheduledChange {
  id: number;
  action: 'publish' | 'unpublish';
  at: string;
  versionId: number | null;
  language: string | null;
}

/**
 * Planned changes of the page (editors and managers): publish the newest saved version at a set time, or
 * take the page off the public app then; what is planned is listed and can be withdrawn.
 */
export function SchedulePanel(props: {
  pagePath: string;
  newest: WorkspaceVersion | undefined;
  isDirty: boolean;
}) {
  const { t, formatDateTime } = useI18n();
  const schedule = useApi<{ scheduled: ScheduledChange[] }>(`${props.pagePath}/schedule`);
  const [when, setWhen] = useState('');
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState('');
  const whenId = useId();
  const canPublishNewest =
    props.newest !== undefined && props.newest.status !== 'published' && !props.isDirty;

  const plan = async (body: object, said: string) => {
    if (!when) {
      setError(new ApiError(400, 'invalid_input', t('schedule.chooseTime'), null));
      return;
    }
    try {
      await api('POST', `${props.pagePath}/schedule`, { ...body, at: new Date(when).toISOString() });
      setError(undefined);
      setNotice(said);
      await schedule.reload();
    } catch (caught) {
      setError(caught as ApiError);
    }
  };
  const withdraw = async (change: ScheduledChange) => {
    try {
      await api('DELETE', `${props.pagePath}/schedule/${change.id}`);
      setNotice(t('schedule.withdrawn'));
      await schedule.reload();
    } catch (caught) {
      setError(caught as ApiError);
    }
  };

  const planned = schedule.data?.scheduled ?? [];
  return (
    <section aria-labelledby="schedule-title" className="panel">
      <h2 id="schedule-title">{t('schedule.title')}</h2>
      {notice && <Notice kind="success">{notice}</Notice>}
      <ErrorNotice error={error} />
      {planned.length === 0 ? (
        <p className="muted">{t('schedule.none')}</p>
      ) : (
        <ul className="version-list">
          {planned.map((change) => (
            <li key={change.id}>
              {t(`schedule.${change.action}At`, { date: formatDateTime(change.at) })}{' '}
              <button type="button" className="button-link" onClick={() => void withdraw(change)}>
                {t('schedule.withdraw')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="label" htmlFor={whenId}>
        {t('schedule.when')}
      </label>
      <input
        id={whenId}
        type="datetime-local"
        value={when}
        onChange={(event) => setWhen(event.target.value)}
      />
      {props.isDirty && <p className="hint">{t('schedule.saveFirst')}</p>}
      <div className="button-row">
        <button
          type="button"
          disabled={!canPublishNewest}
          onClick={() =>
            void plan({ action: 'publish', versionId: props.newest?.id }, t('schedule.publishPlanned'))
          }
        >
          {t('schedule.publishNewest')}
        </button>
        <button
          type="button"
          onClick={() => void plan({ action: 'unpublish' }, t('schedule.unpublishPlanned'))}
        >
          {t('schedule.unpublish')}
        </button>
      </div>
    </section>
  );
}
