// The region's settings (region managers): whether its managers must use two-factor sign-in, how often
// published pages are reviewed, machine translation, and how long readers' feedback is kept.
import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client.ts';
import { api, segment } from '../api/client.ts';
import { Link } from '../components/link.tsx';
import { Loading, Notice, RegionErrorNotice } from '../components/notice.tsx';
import { NumberSettingField } from '../components/number-setting-field.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';
import { MachineTranslationSettingsForm } from '../machine-translation/settings-form.tsx';
import { RetentionForm } from '../feedback/retention-form.tsx';
import { LIMITS } from '../../shared/limits.ts';

interface SettingsChange {
  userEmail: string | null;
  details: { requiresManagerTotp?: unknown };
  createdAt: string;
}

/** The region's settings form, with who changed them last (from the audit log). */
export function RegionSettingsScreen({ region }: { region: string }) {
  const { t, formatDateTime } = useI18n();
  const { user, accessIn } = useSession();
  const access = accessIn(region);
  const regionName = access?.regionName ?? region;
  const checkboxId = useId();
  const lastChange = useApi<{ entries: SettingsChange[] }>(
    `/regions/${segment(region)}/audit?action=region.settings-changed&limit=1`,
  );
  const settings = useApi<{
    requiresManagerTotp: boolean;
    reviewIntervalMonths: number;
    officialGraceDays: number;
  }>(`/regions/${segment(region)}/settings`);
  const newest = lastChange.data?.entries[0];
  const [choice, setChoice] = useState<boolean>();
  const requiresManagerTotp = choice ?? settings.data?.requiresManagerTotp === true;
  const [intervalChoice, setIntervalChoice] = useState<number>();
  const reviewIntervalMonths = intervalChoice ?? settings.data?.reviewIntervalMonths;
  const [graceChoice, setGraceChoice] = useState<number>();
  const officialGraceDays = graceChoice ?? settings.data?.officialGraceDays;
  const [error, setError] = useState<ApiError>();
  const [isSaved, setIsSaved] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  useTitle(t('settings.title', { region: regionName }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setIsSaved(false);
    try {
      await api('PATCH', `/regions/${segment(region)}/settings`, {
        requiresManagerTotp,
        reviewIntervalMonths,
        officialGraceDays,
      });
      setError(undefined);
      setIsSaved(true);
      await Promise.all([settings.reload(), lastChange.reload()]);
    } catch (caught) {
      setError(caught as ApiError);
    } finally {
      setIsBusy(false);
    }
  };

  const locksMeOut = requiresManagerTotp && access?.role === 'region-manager' && !user?.isTotpEnabled;
  return (
    <section>
      <h1>{t('settings.title', { region: regionName })}</h1>
      {settings.isLoading && !settings.data ? (
        <Loading />
      ) : settings.error ? (
        <RegionErrorNotice error={settings.error} />
      ) : (
        <form className="settings-form" onSubmit={(event) => void save(event)}>
          {!lastChange.error && (
            <p className="hint">
              {newest
                ? t('settings.lastChanged', {
                    time: formatDateTime(newest.createdAt),
                    who: newest.userEmail ?? t('settings.someone'),
                  })
                : t('settings.neverChanged')}
            </p>
          )}
          <fieldset>
            <legend>{t('settings.totp.legend')}</legend>
            <div className="checkbox">
              <input
                id={checkboxId}
                type="checkbox"
                aria-describedby={`${checkboxId}-hint`}
                checked={requiresManagerTotp}
                onChange={(event) => {
                  setChoice(event.target.checked);
                  setIsSaved(false);
                }}
              />{' '}
              <label htmlFor={checkboxId}>{t('settings.totp.label')}</label>
            </div>
            <p className="hint" id={`${checkboxId}-hint`}>
              {t('settings.totp.hint')}
            </p>
          </fieldset>
          {locksMeOut && (
            <Notice kind="info">
              {t('settings.totp.selfWarning')} <Link to="/account">{t('settings.totp.setUpNow')}</Link>
            </Notice>
          )}
          <NumberSettingField
            legend={t('freshness.settings.legend')}
            label={t('freshness.settings.label')}
            hint={t('freshness.settings.hint', { max: LIMITS.reviewIntervalMaxMonths })}
            min={1}
            max={LIMITS.reviewIntervalMaxMonths}
            value={reviewIntervalMonths}
            onChange={(months) => {
              setIntervalChoice(months);
              setIsSaved(false);
            }}
          />
          <NumberSettingField
            legend={t('goLive.grace.legend')}
            label={t('goLive.grace.label')}
            hint={t('goLive.grace.hint', { max: LIMITS.officialGraceMaxDays })}
            min={0}
            max={LIMITS.officialGraceMaxDays}
            value={officialGraceDays}
            onChange={(days) => {
              setGraceChoice(days);
              setIsSaved(false);
            }}
          />
          <RegionErrorNotice error={error} />
          {isSaved && <Notice kind="success">{t('settings.saved')}</Notice>}
          <button type="submit" className="button-primary" disabled={isBusy}>
            {t('settings.save')}
          </button>
        </form>
      )}
      <MachineTranslationSettingsForm region={region} />
      <RetentionForm region={region} />
    </section>
  );
}
