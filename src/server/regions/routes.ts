import type { AppContext } from '../context.ts';
import { publicCacheControl, sendCachedJson } from '../http/cached-json.ts';
import { defineRoute } from '../http/route.ts';
import { PublicCache } from '../public-cache.ts';
import { presentRegionDetail, presentRegionSummary } from './present.ts';
import { publicRegionDetail, regionListQuery, regionListResponse, regionParams } from './schema.ts';
import { getPublicRegion, listPublicRegions } from './service.ts';

/** The public region endpoints of API v1. */
export function publicRegionRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions',
      operationId: 'listRegions',
      summary: 'Live regions, optionally matching a query or ordered by distance',
      tag: 'regions',
      query: regionListQuery,
      response: regionListResponse,
      errors: ['invalid_input'],
      isCacheable: true,
      handle: async ({ query, request, reply }) => {
        const build = async () => ({
          regions: (await listPublicRegions(ctx, query)).map((r) =>
            presentRegionSummary(r.region, r.distanceKm),
          ),
        });
        if (query.q !== undefined || query.near !== undefined) {
          reply.header('cache-control', publicCacheControl);
          return build();
        }
        return sendCachedJson(
          ctx,
          request,
          reply,
          { scope: PublicCache.regionListScope, key: 'list' },
          build,
        );
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}',
      operationId: 'getRegion',
      summary: 'A region with its visible languages',
      tag: 'regions',
      params: regionParams,
      response: publicRegionDetail,
      errors: ['not_found'],
      isCacheable: true,
      handle: async ({ params, request, reply }) => {
        const { region, languages } = await getPublicRegion(ctx, params.region);
        const cacheKey = { scope: PublicCache.regionScope(region.id), key: 'detail' };
        return sendCachedJson(ctx, request, reply, cacheKey, async () =>
          presentRegionDetail(region, languages),
        );
      },
    }),
  ];
}
