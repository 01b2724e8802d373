import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.ts';

/** A message that screen readers announce: an error (with every validation problem), or a success. */
export function Notice({ kind, children }: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
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
