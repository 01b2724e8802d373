import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { regionParams } from '../regions/schema.ts';
import { pageReadabilityList, readabilityQuery } from './schema.ts';
import { listPageReadability } from './service.ts';

/** Readability of the workspace: a score per published page and the hardest pages, in German or English. */
export function readabilityRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/readability',
      operationId: 'getPageReadability',
      summary: 'How easy each published page reads in German or English, the hardest first',
      tag: 'quality',
      params: regionParams,
      query: readabilityQuery,
      response: pageReadabilityList,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        const language = query.language ?? where.region.default_language;
        return { region: where.region.slug, language, ...(await listPageReadability(ctx, where, language)) };
      },
    }),
  ];
}
