import type { z } from 'zod';
import type { searchResponse } from './schema.ts';
import type { SearchResult } from './service.ts';

/** Search results as the public API shows them. */
export function presentSearchResults(
  query: string,
  language: string,
  results: SearchResult[],
): z.output<typeof searchResponse> {
  return {
    query,
    language,
    results: results.map((result) => ({
      id: result.pageId,
      language: result.language,
      path: result.path,
      title: result.title,
      isDefaultLanguageOnly: result.isDefaultLanguageOnly,
      snippet: result.snippet,
    })),
  };
}
