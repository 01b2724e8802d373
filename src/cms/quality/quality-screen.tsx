// Keeping a region's content good: what is due for review ("Aktualität") and how easy the published pages
// read ("Lesbarkeit"), as two parts of one screen.
import { segment } from '../api/client.ts';
import type { RegionAccess } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useTitle } from '../lib/use-title.ts';
import { FreshnessOverviewPart } from './freshness-overview.tsx';
import { ReadabilityPart } from './readability-list.tsx';
import './quality.css';

export type QualityPart = 'freshness' | 'readability';

/** The quality screen of a region, showing one of its parts. */
export function QualityScreen(props: { region: string; access: RegionAccess; part: QualityPart }) {
  const { region, access, part } = props;
  const { t } = useI18n();
  useTitle(t(`freshness.part.${part}`));
  const base = `/r/${segment(region)}/freshness`;
  const tab = (which: QualityPart, to: string) => (
    <li>
      <Link to={to} aria-current={part === which ? 'page' : undefined}>
        {t(`freshness.part.${which}`)}
      </Link>
    </li>
  );
  return (
    <section>
      <h1>{t('freshness.title')}</h1>
      <nav aria-label={t('freshness.parts')} className="quality-tabs">
        <ul>
          {tab('freshness', base)}
          {tab('readability', `${base}/readability`)}
        </ul>
      </nav>
      {part === 'freshness' ? (
        <FreshnessOverviewPart
          region={region}
          canConfirm={access.actions.includes('page.review')}
          canChangeInterval={access.actions.includes('region.manage-settings')}
        />
      ) : (
        <ReadabilityPart region={region} />
      )}
    </section>
  );
}
