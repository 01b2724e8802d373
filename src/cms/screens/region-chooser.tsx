import { useEffect } from 'react';
import { Link } from '../components/link.tsx';
import { Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { navigate } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { useTitle } from '../lib/use-title.ts';

/** The regions the user works in; someone with only one goes straight to its pages. */
export function RegionChooser() {
  const { t } = useI18n();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  useTitle(t('regions.title'));
  const only = roles.length === 1 ? roles[0] : undefined;
  useEffect(() => {
    if (only) navigate(`/r/${encodeURIComponent(only.region)}/pages`, { replace: true });
  }, [only]);
  return (
    <section>
      <h1>{t('regions.title')}</h1>
      {roles.length === 0 ? (
        <Notice kind="info">{t('regions.none')}</Notice>
      ) : (
        <ul className="card-list">
          {roles.map((access) => (
            <li key={access.region}>
              <Link to={`/r/${encodeURIComponent(access.region)}/pages`}>{access.regionName}</Link>{' '}
              <span className="muted">{t(`roles.${access.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
