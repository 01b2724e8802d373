import { useState, type FormEvent } from 'react';
import { api, segment } from '../api/client.ts';
import { Field } from '../components/field.tsx';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import type { GoLiveChecklist } from './types.ts';
import { useSubmit } from '../lib/use-submit.ts';

/** Names the responsible official (one of the region's managers) and how the public reaches them. */
export function OfficialForm(props: { region: string; checklist: GoLiveChecklist; onSaved: () => void }) {
  const { t } = useI18n();
  const current = props.checklist.official;
  const [userId, setUserId] = useState(String(current?.userId ?? props.checklist.managers[0]?.userId ?? ''));
  const [publicName, setPublicName] = useState(current?.publicName ?? '');
  const [email, setEmail] = useState(current?.email ?? '');
  const [phone, setPhone] = useState(current?.phone ?? '');
  const [officeHours, setOfficeHours] = useState(current?.officeHours ?? '');
  const [responseDays, setResponseDays] = useState(String(current?.responseDays ?? 3));
  const { submit, error, isBusy, isSaved } = useSubmit(
    () =>
      api('PUT', `/regions/${segment(props.region)}/official`, {
        userId: Number(userId),
        publicName,
        email,
        phone,
        officeHours,
        responseDays: Number(responseDays),
      }),
    props.onSaved,
  );
  const send = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  return (
    <form className="panel" aria-labelledby="official-title" onSubmit={send}>
      <h2 id="official-title">{t('goLive.official.title')}</h2>
      <p className="hint">{t('goLive.official.hint')}</p>
      <label>
        <span className="label">{t('goLive.official.user')}</span>
        <select value={userId} onChange={(event) => setUserId(event.target.value)}>
          {props.checklist.managers.map((manager) => (
            <option key={manager.userId} value={manager.userId}>
              {manager.name ? `${manager.name} (${manager.email})` : manager.email}
            </option>
          ))}
        </select>
      </label>
      <Field
        label={t('goLive.official.publicName')}
        hint={t('goLive.official.publicNameHint')}
        value={publicName}
        onChange={(event) => setPublicName(event.target.value)}
      />
      <Field
        label={t('goLive.official.email')}
        type="email"
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Field
        label={t('goLive.official.phone')}
        type="tel"
        value={phone}
        onChange={(event) => setPhone(event.target.value)}
      />
      <Field
        label={t('goLive.official.officeHours')}
        value={officeHours}
        onChange={(event) => setOfficeHours(event.target.value)}
      />
      <Field
        label={t('goLive.official.responseDays')}
        type="number"
        min={1}
        max={60}
        value={responseDays}
        onChange={(event) => setResponseDays(event.target.value)}
      />
      <ErrorNotice error={error} />
      {isSaved && <Notice kind="success">{t('goLive.saved')}</Notice>}
      <button type="submit" disabled={isBusy}>
        {t('goLive.official.save')}
      </button>
    </form>
  );
}
