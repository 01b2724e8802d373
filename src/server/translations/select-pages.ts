import type { AppContext } from '../context.ts';
import { getRegionVersionOverview } from '../content/service.ts';
import { AppError, invalidInput } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import type { RegionLanguageRow } from '../regions/repo.ts';
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

/**
 * A language of the region that is translated, with the language it is translated from: invalid input
 * when the region lacks it, a conflict when it is written rather than translated (the root language).
 */
export function translatedLanguage(
  where: WorkspaceRegion,
  language: string,
): { target: RegionLanguageRow; sourceLanguage: string } {
  const target = where.languages.find((entry) => entry.tag === language);
  if (!target) {
    throw invalidInput([{ field: 'language', message: `the region has no language "${language}"` }]);
  }
  const sourceLanguage = target.source_language_tag;
  if (!sourceLanguage) {
    throw new AppError('conflict', `"${language}" is written, not translated from another language.`);
  }
  return { target, sourceLanguage };
}
