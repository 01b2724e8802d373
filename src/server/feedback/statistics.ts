import type { AppContext } from '../context.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import type { FeedbackStatistics } from './inbox-schema.ts';
import { listPageRatings, listUnsuccessfulSearches } from './statistics-repo.ts';

type PageRating = FeedbackStatistics['pages'][number];

/**
 * Pages ranked least helpful first: by the share of readers who found them helpful, then by how many did
 * not (ten "no" weigh more than one), then by page id.
 */
export function rankPagesByHelpfulness(pages: readonly Omit<PageRating, 'helpfulShare'>[]): PageRating[] {
  return pages
    .map((page) => ({ ...page, helpfulShare: page.helpful / Math.max(1, page.helpful + page.notHelpful) }))
    .sort((a, b) => a.helpfulShare - b.helpfulShare || b.notHelpful - a.notHelpful || a.pageId - b.pageId);
}

/** What readers' feedback says about the region: how helpful each page is, and searches that found nothing. */
export async function loadFeedbackStatistics(
  ctx: Pick<AppContext, 'db'>,
  where: WorkspaceRegion,
): Promise<FeedbackStatistics> {
  const { region } = where;
  const ratings = await listPageRatings(ctx.db, {
    regionId: region.id,
    titleLanguage: region.default_language,
  });
  const searches = await listUnsuccessfulSearches(ctx.db, region.id);
  return {
    pages: rankPagesByHelpfulness(
      ratings.flatMap((row) =>
        row.target_id === null
          ? []
          : [{ pageId: row.target_id, title: row.title, helpful: row.helpful, notHelpful: row.not_helpful }],
      ),
    ),
    searches: searches.map((row) => ({
      query: row.query ?? '',
      language: row.language_tag,
      count: row.count,
      lastAt: new Date(row.last_at).toISOString(),
    })),
  };
}
