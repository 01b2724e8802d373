// Going live (region managers, platform admins): the checklist of what is missing, the responsible
// official, the legal pages, and the step itself.
import { useState } from 'react';
import { api, segment } from '../api/client.ts';
import type { PageTree } from '../api/types.ts';
import { Field } from '../components/field.tsx';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';
import { LegalPagesForm } from './legal-pages-form.tsx';
import { OfficialForm } from './official-form.tsx';
import type { GoLiveChecklist } from './types.ts';
import { useSubmit } from '../lib/use-submit.ts';

/** The go-live screen of a region. */
export function GoLiveScreen({ region }: { region: string }) {
  const { t } = useI18n();
  useTitle(t('goLive.title'));
  const checklist = useApi<GoLiveChecklist>(`/regions/${segment(region)}/go-live`);
  const tree = useApi<PageTree>(`/regions/${segment(region)}/pages`);
  if ((checklist.isLoading && !checklist.data) || (tree.isLoading && !tree.data)) return <Loading />;
  if (!checklist.data || !tree.data) return <RegionErrorNotice error={checklist.error ?? tree.error} />;
  const reload = () => void Promise.all([checklist.reload(), tree.reload()]);
  return (
    <section>
      <h1>{t('goLive.title')}</h1>
      <p>{t(`goLive.status.${checklist.data.status}`)}</p>
      {checklist.data.officialMissing && (
        <Notice kind="error">
          {t('goLive.officialMissing', {
            since: new Date(checklist.data.officialMissing.since),
            noticeFrom: new Date(checklist.data.officialMissing.noticeFrom),
          })}
        </Notice>
      )}
      <Checklist region={region} checklist={checklist.data} language={tree.data.defaultLanguage} />
      <StatusChange region={region} checklist={checklist.data} onChanged={reload} />
      <OfficialForm region={region} checklist={checklist.data} onSaved={reload} />
      <LegalPagesForm region={region} checklist={checklist.data} tree={tree.data} onSaved={reload} />
    </section>
  );
}

function Checklist(props: { region: string; checklist: GoLiveChecklist; language: string }) {
  const { region, checklist } = props;
  const { t } = useI18n();
  return (
    <ul className="checklist" aria-label={t('goLive.checklist')}>
      {checklist.conditions.map((condition) => (
        <li key={condition.code} className={condition.isMet ? 'is-met' : 'is-unmet'}>
          <span aria-hidden="true">{condition.isMet ? '✓' : '✗'}</span>{' '}
          <span className="visually-hidden">{t(condition.isMet ? 'goLive.met' : 'goLive.unmet')}: </span>
          {t(`goLive.condition.${condition.code}`)}
          {!condition.isMet && condition.pageIds && condition.pageIds.length > 0 && (
            <>
              {' '}
              {condition.pageIds.slice(0, 10).map((pageId) => (
                <Link key={pageId} to={`/r/${segment(region)}/pages/${pageId}/${segment(props.language)}`}>
                  #{pageId}{' '}
                </Link>
              ))}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function StatusChange(props: { region: string; checklist: GoLiveChecklist; onChanged: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const [reason, setReason] = useState('');
  const { checklist } = props;
  const mayOverride = user?.isPlatformAdmin === true && !checklist.canGoLive;
  const goLive = useSubmit(
    () => api('PATCH', `/regions/${segment(props.region)}/status`, { status: 'live' }),
    props.onChanged,
  );
  const override = useSubmit(
    () =>
      api('PATCH', `/regions/${segment(props.region)}/status`, { status: 'live', overrideReason: reason }),
    props.onChanged,
  );
  const takeOffline = useSubmit(
    () => api('PATCH', `/regions/${segment(props.region)}/status`, { status: 'hidden' }),
    props.onChanged,
  );
  if (checklist.status === 'live') {
    return (
      <div className="panel">
        <button type="button" disabled={takeOffline.isBusy} onClick={() => void takeOffline.submit()}>
          {t('goLive.hide')}
        </button>
        <ErrorNotice error={takeOffline.error} />
      </div>
    );
  }
  return (
    <div className="panel">
      {!checklist.canGoLive && <Notice kind="info">{t('goLive.notYet')}</Notice>}
      <button
        type="button"
        className="button-primary"
        disabled={goLive.isBusy}
        onClick={() => void goLive.submit()}
      >
        {t('goLive.goLive')}
      </button>
      <ErrorNotice error={goLive.error} />
      {mayOverride && (
        <fieldset>
          <legend>{t('goLive.overrideTitle')}</legend>
          <Field
            label={t('goLive.overrideReason')}
            hint={t('goLive.overrideHint')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="button" disabled={override.isBusy} onClick={() => void override.submit()}>
            {t('goLive.goLiveAnyway')}
          </button>
          <ErrorNotice error={override.error} />
        </fieldset>
      )}
    </div>
  );
}
