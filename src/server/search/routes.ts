import type { AppContext } from '../context.ts';
import { publicCacheControl } from '../http/cached-json.ts';
import { defineRoute } from '../http/route.ts';
import { getPublicRegion } from '../regions/service.ts';
import { presentSearchResults } from './present.ts';
import { searchParams, searchQuery, searchResponse } from './schema.ts';
import { searchPublicPages } from './service.ts';

/** The public search endpoint of API v1. */
export function publicSearchRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/{lang}/search',
      operationId: 'searchPages',
      summary: 'Full-text search over the published pages of a region in one language, forgiving typos',
      tag: 'search',
      params: searchParams,
      query: searchQuery,
      response: searchResponse,
      errors: ['invalid_input', 'not_found'],
      handle: async ({ params, query, reply }) => {
        const region = await getPublicRegion(ctx, params.region);
        const results = await searchPublicPages(ctx, region, { language: params.lang, query: query.q });
        reply.header('cache-control', publicCacheControl);
        return presentSearchResults(query.q, params.lang, results);
      },
    }),
  ];
}
