import type { z } from 'zod';
import { DUE_SOON_DAYS } from './review-dates.ts';
import type { freshnessItem, freshnessOverview } from './schema.ts';
import type { FreshnessItem } from './service.ts';

/** A text's freshness as the API shows it. */
export function presentFreshnessItem(item: FreshnessItem): z.output<typeof freshnessItem> {
  return { ...item, lastCheck: { ...item.lastCheck, at: item.lastCheck.at.toISOString() } };
}

/** A region's freshness overview: counts of every status, and the texts to review now or soon. */
export function presentFreshnessOverview(options: {
  region: { slug: string; review_interval_months: number };
  today: string;
  languages: string[];
  items: FreshnessItem[];
}): z.output<typeof freshnessOverview> {
  const { region, today, languages, items } = options;
  const count = (status: FreshnessItem['status']) => items.filter((item) => item.status === status).length;
  return {
    region: region.slug,
    intervalMonths: region.review_interval_months,
    today,
    languages,
    dueSoonDays: DUE_SOON_DAYS,
    counts: { overdue: count('overdue'), dueSoon: count('due-soon'), current: count('current') },
    items: items.filter((item) => item.status !== 'current').map(presentFreshnessItem),
  };
}
