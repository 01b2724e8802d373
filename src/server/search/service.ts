import { htmlToText } from '../../shared/excerpt.ts';
import { foldQuery } from '../../shared/fold-text.ts';
import { LIMITS } from '../../shared/limits.ts';
import { buildSnippet, type SnippetPart } from '../../shared/search-snippet.ts';
import type { AppContext } from '../context.ts';
import { getPublicLanguageContent, loadRegionContent } from '../pages/service.ts';
import type { PublicRegion } from '../regions/service.ts';
import { findMatchingPages } from './repo.ts';
import { textSearchConfigFor } from './text-search-config.ts';

/** A page found by a search, in the language asked for or, if it has none, in the region's default language. */
export interface SearchResult {
  pageId: number;
  language: string;
  path: string;
  title: string;
  snippet: SnippetPart[];
  /** Set when the page exists only in the region's default language. */
  isDefaultLanguageOnly: boolean;
}

/** Shortest query that is searched. */
export const minimumQueryLength = 2;

/**
 * Searches a region's public pages in a language. Pages that exist only in the region's default language
 * are included and marked as such; pages not public in either are never returned.
 */
export async function searchPublicPages(
  ctx: AppContext,
  publicRegion: PublicRegion,
  options: { language: string; query: string },
): Promise<SearchResult[]> {
  const query = options.query.trim().slice(0, LIMITS.searchQueryLength);
  const own = await getPublicLanguageContent(ctx, publicRegion, options.language);
  if (foldQuery(query).length < minimumQueryLength) return [];
  const defaultLanguage = publicRegion.region.default_language;
  const content = await loadRegionContent(ctx, publicRegion);
  const fallback = content.languages.get(defaultLanguage);
  const hits = await findMatchingPages(ctx.db, {
    regionId: publicRegion.region.id,
    languages: [options.language, defaultLanguage].map((tag) => ({ tag, config: textSearchConfigFor(tag) })),
    query,
    joinedQuery: query.replace(/\s+/g, ''),
    limit: 50,
  });
  const results = new Map<number, SearchResult>();
  for (const hit of hits) {
    if (results.has(hit.item_id)) continue;
    const isOwn = hit.language_tag === options.language;
    const page = isOwn ? own.byId.get(hit.item_id) : fallback?.byId.get(hit.item_id);
    if (!page || (!isOwn && own.byId.has(hit.item_id))) continue;
    results.set(hit.item_id, {
      pageId: page.id,
      language: hit.language_tag,
      path: page.path,
      title: page.title,
      snippet: buildSnippet(htmlToText(hit.content_html), query),
      isDefaultLanguageOnly: !isOwn,
    });
  }
  return [...results.values()];
}
