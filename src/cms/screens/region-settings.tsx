// The region's settings (region managers): for now, whether its managers must use two-factor sign-in.
import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../api/client.ts';
import { api, segment } from '../api/client.ts';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Loading, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';

interface SettingsChange {
  userEmail: string | null;
  details: { requiresManagerTotp?: unknown };
  createdAt: string;
}

/**
 * The region's settings form. The API has no way to read the settings yet, so the form starts from the
 * newest change in the audit log; a region whose settings were never changed has the defaults.
 */
export function RegionSettingsScreen({ region }: { region: string }) {
  const { t, formatDateTime } = useI18n();
  const { user, accessIn } = useSession();
  const access = accessIn(region);
  const regionName = access?.regionName ?? region;
  const checkboxId = useId();
  const lastChange = useApi<{ entries: SettingsChange[] }>(
    `/regions/${segment(region)}/audit?action=region.settings-changed&limit=1`,
  );
  const newest = lastChange.data?.entries[0];
  const [choice, setChoice] = useState<boolean>();
  const requiresManagerTotp = choice ?? newest?.details.requiresManagerTotp === true;
  const [error, setError] = useState<ApiError>();
  const [isSaved, setIsSaved] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  useTitle(t('settings.title', { region: regionName }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setIsBusy(true);
    setIsSaved(false);
    try {
      await api('PATCH', `/regions/${segment(region)}/settings`, { requiresManagerTotp });
      setError(undefined);
      setIsSaved(true);
      await lastChange.reload();
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
      {lastChange.isLoading && !lastChange.data ? (
        <Loading />
      ) : lastChange.error && isRefused(lastChange.error) ? (
        <RegionErrorNotice error={lastChange.error} />
      ) : (
        <form className="settings-form" onSubmit={(event) => void save(event)}>
          {lastChange.error ? (
            <Notice kind="info">{t('settings.unknownCurrent')}</Notice>
          ) : (
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
          <RegionErrorNotice error={error} />
          {isSaved && <Notice kind="success">{t('settings.saved')}</Notice>}
          <button type="submit" className="button-primary" disabled={isBusy}>
            {t('settings.save')}
          </button>
        </form>
      )}
    </section>
  );
}

/** Whether the server refused the region to this user (no role, or a role that lacks the right). */
export function isRefused(error: ApiError): boolean {
  return error.status === 403 || error.status === 404;
}

/**
 * An API error of a region screen; a region that requires two-factor sign-in of its managers gets a link to
 * set it up instead of the server's technical message.
 */
export function RegionErrorNotice({ error }: { error: ApiError | undefined }) {
  const { t } = useI18n();
  const details = error?.details as { requiresTwoFactor?: unknown } | null | undefined;
  if (details?.requiresTwoFactor !== true) return <ErrorNotice error={error} />;
  return (
    <Notice kind="error">
      <p>
        {t('settings.twoFactorRequired')} <Link to="/account">{t('settings.totp.setUpNow')}</Link>
      </p>
    </Notice>
  );
}
