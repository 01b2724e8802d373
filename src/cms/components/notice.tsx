import type { ReactNode, Ref } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.ts';
import { Link } from './link.tsx';

/**
 * A message that screen readers announce: an error (with every validation problem), or a success. With a
 * ref it can take focus, for when what had focus went away (a confirmed row, a closed form).
 */
export function Notice({
  kind,
  children,
  ref,
}: {
  kind: 'error' | 'success' | 'info';
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      className={`notice notice-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
    >
      {children}
    </div>
  );
}

/** An API error as a person reads it: the server's message and each problem by field. */
export function ErrorNotice({ error }: { error: ApiError | undefined }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Notice kind="error">
      <p>{error.code === 'offline' ? t('common.offline') : error.message}</p>
      {error.issues.length > 1 && (
        <ul>
          {error.issues.map((issue) => (
            <li key={`${issue.field}:${issue.message}`}>
              {issue.field}: {issue.message}
            </li>
          ))}
        </ul>
      )}
      {error.problems.length > 1 && (
        <ul>
          {error.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}

/** The placeholder while a screen loads. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
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
