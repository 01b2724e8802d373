import { useEffect } from 'react';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Loading, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { navigate } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';
import { NewRegionForm } from '../regions/new-region-form.tsx';
import type { WorkspaceRegion } from '../regions/types.ts';

/**
 * The regions the user works in; someone with only one goes straight to its pages. Platform admins see
 * every region with its state, and create new ones.
 */
export function RegionChooser() {
  const { t } = useI18n();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  useTitle(t('regions.title'));
  const only = roles.length === 1 && !user?.isPlatformAdmin ? roles[0] : undefined;
  useEffect(() => {
    if (only) navigate(`/r/${encodeURIComponent(only.region)}/pages`, { replace: true });
  }, [only]);
  if (user?.isPlatformAdmin) return <AllRegions />;
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

function AllRegions() {
  const { t } = useI18n();
  const { data, error, isLoading } = useApi<{ regions: WorkspaceRegion[] }>('/regions');
  return (
    <section>
      <h1>{t('regions.all')}</h1>
      {isLoading && !data ? (
        <Loading />
      ) : !data ? (
        <ErrorNotice error={error} />
      ) : data.regions.length === 0 ? (
        <Notice kind="info">{t('regions.noneYet')}</Notice>
      ) : (
        <ul className="card-list">
          {data.regions.map((region) => (
            <li key={region.slug}>
              <Link to={`/r/${encodeURIComponent(region.slug)}/pages`}>{region.name}</Link>{' '}
              <span className="badge">{t(`regions.status.${region.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <NewRegionForm />
    </section>
  );
}
