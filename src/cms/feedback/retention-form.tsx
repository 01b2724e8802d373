import { useId, useState, type FormEvent } from 'react';
import { api, segment } from '../api/client.ts';
import { LIMITS } from '../../shared/limits.ts';
import { Field } from '../components/field.tsx';
import { ErrorNotice, Loading, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';
import { useSubmit } from '../lib/use-submit.ts';
import './feedback.css';

/** How long the region keeps readers' comments and contact data (part of the region's settings). */
export function RetentionForm({ region }: { region: string }) {
  const { t } = useI18n();
  const path = `/regions/${segment(region)}/feedback/settings`;
  const settings = useApi<{ retentionDays: number }>(path);
  const [days, setDays] = useState<string>();
  const headingId = useId();
  const save = useSubmit(() =>
    api('PUT', path, { retentionDays: Number(days ?? settings.data?.retentionDays) }),
  );
  if (!settings.data) return settings.error ? <ErrorNotice error={settings.error} /> : <Loading />;
  const send = (event: FormEvent) => {
    event.preventDefault();
    void save.submit();
  };
  return (
    <form className="settings-form feedback-retention" aria-labelledby={headingId} onSubmit={send}>
      <h2 id={headingId}>{t('feedback.retention.title')}</h2>
      <Field
        label={t('feedback.retention.days')}
        hint={t('feedback.retention.hint', { max: LIMITS.feedbackRetentionMaxDays })}
        type="number"
        min={1}
        max={LIMITS.feedbackRetentionMaxDays}
        required
        value={days ?? settings.data.retentionDays}
        onChange={(event) => setDays(event.target.value)}
      />
      {save.isSaved && <Notice kind="success">{t('feedback.retention.saved')}</Notice>}
      <ErrorNotice error={save.error} />
      <button type="submit" className="button-primary" disabled={save.isBusy}>
        {t('feedback.retention.save')}
      </button>
    </form>
  );
}
