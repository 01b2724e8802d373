import type { AppContext } from '../context.ts';
import { getRegionVersionOverview } from '../content/service.ts';
import { invalidInput } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { listPages } from '../pages/repo.ts';
import type { TranslationState } from '../../shared/translation-state.ts';

/**
 * The pages a translation request is about: the chosen ones (each must be a page of the region that is not
 * archived; every unknown one is listed), or every page whose translation into the language is in one of
 * the given states.
 */
export async function selectPages(
  ctx: AppContext,
  where: WorkspaceRegion,
  input: { language: string; pageIds?: number[] | undefined; states?: TranslationState[] | undefined },
): Promise<number[]> {
  const pages = (await listPages(ctx.db, where.region.id)).filter((page) => !page.is_archived);
  if (input.pageIds) {
    const known = new Set(pages.map((page) => page.id));
    const unknown = input.pageIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw invalidInput(
        unknown.map((id) => ({ field: 'pageIds', message: `there is no page ${id} in this region` })),
      );
    }
    return [...new Set(input.pageIds)];
  }
  const wanted = new Set<string>(input.states ?? []);
  const { states } = await getRegionVersionOverview(ctx.db, {
    regionId: where.region.id,
    itemIds: pages.map((page) => page.id),
  });
  return pages
    .filter((page) => wanted.has(states.get(page.id)?.get(input.language) ?? 'missing'))
    .map((page) => page.id);
}
