import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { pageParams } from '../page-editing/schema.ts';
import { regionParams } from '../regions/schema.ts';
import { presentFreshnessItem, presentFreshnessOverview } from './present.ts';
import { freshnessItem, freshnessOverview, freshnessQuery, reviewInput } from './schema.ts';
import { confirmStillCorrect, loadFreshnessOverview } from './service.ts';

/** Freshness of the workspace: what is overdue for review, and "confirmed still correct". */
export function freshnessRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/freshness',
      operationId: 'getFreshness',
      summary: 'The published texts overdue for review or due within four weeks, the most overdue first',
      tag: 'quality',
      params: regionParams,
      query: freshnessQuery,
      response: freshnessOverview,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        const overview = await loadFreshnessOverview(ctx, where, query);
        return presentFreshnessOverview({ region: where.region, ...overview });
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/pages/{pageId}/reviews',
      operationId: 'confirmStillCorrect',
      summary:
        'Confirm that the published text in a language is still correct: a review without a new version (409 for a translation)',
      tag: 'quality',
      params: pageParams,
      body: reviewInput,
      response: freshnessItem,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'page.review');
        reply.code(201);
        return presentFreshnessItem(await confirmStillCorrect(ctx, auth, where, params.pageId, body));
      },
    }),
  ];
}
