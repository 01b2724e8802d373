import type { AppContext } from '../context.ts';
import { getRegionVersionOverview } from '../content/service.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { listPages } from '../pages/repo.ts';
import { invalidInput } from '../errors.ts';

/**
 * Where the translation of every page of a region stands in every language (archived pages left out):
 * derived from the versions each time, never stored.
 */
export async function loadTranslationOverview(
  ctx: AppContext,
  where: WorkspaceRegion,
  filter: { language?: string | undefined },
) {
  if (filter.language && !where.languages.some((language) => language.tag === filter.language)) {
    throw invalidInput([
      { field: 'query.language', message: `the region has no language "${filter.language}"` },
    ]);
  }
  const regionId = where.region.id;
  const pages = (await listPages(ctx.db, regionId)).filter((page) => !page.is_archived);
  const { progress, newest } = await getRegionVersionOverview(ctx.db, {
    regionId,
    itemIds: pages.map((page) => page.id),
  });
  return { pages, progress, newest };
}
