import type { AppContext } from '../context.ts';
import { sendCachedJson } from '../http/cached-json.ts';
import { defineRoute } from '../http/route.ts';
import { PublicCache } from '../public-cache.ts';
import { getPublicRegion } from '../regions/service.ts';
import { contactParams, publicContact } from './schema.ts';
import { loadPublicContact } from './service.ts';

/** The public contact endpoint of API v1: who is responsible, how to reach them, the legal pages. */
export function publicContactRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/{lang}/contact',
      operationId: 'getContact',
      summary:
        'Who is responsible for the region, how to reach them, how soon they answer, and the legal pages',
      tag: 'regions',
      params: contactParams,
      response: publicContact,
      errors: ['not_found'],
      isCacheable: true,
      handle: async ({ params, request, reply }) => {
        const publicRegion = await getPublicRegion(ctx, params.region);
        const cacheKey = {
          scope: PublicCache.regionScope(publicRegion.region.id),
          key: `contact:${params.lang}`,
        };
        return sendCachedJson(ctx, request, reply, cacheKey, async () => {
          const contact = await loadPublicContact(ctx, publicRegion, params.lang);
          return { official: contact.official ?? null, legalPages: contact.legalPages };
        });
      },
    }),
  ];
}
