import type { AppContext } from '../context.ts';
import { sendCachedJson } from '../http/cached-json.ts';
import { defineRoute } from '../http/route.ts';
import { PublicCache } from '../public-cache.ts';
import { getPublicRegion } from '../regions/service.ts';
import { presentPageDetail, presentPageSummary } from './present.ts';
import { languageParams, pageListResponse, pageParams, publicPageDetail } from './schema.ts';
import { getPublicLanguageContent, getPublicPage, normalizePagePath } from './service.ts';

/** The public page endpoints of API v1. */
export function publicPageRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/{lang}/pages',
      operationId: 'listPages',
      summary: 'All published pages of a region in one language, flat, in reading order',
      tag: 'pages',
      params: languageParams,
      response: pageListResponse,
      errors: ['not_found'],
      isCacheable: true,
      handle: async ({ params, request, reply }) => {
        const region = await getPublicRegion(ctx, params.region);
        const content = await getPublicLanguageContent(ctx, region, params.lang);
        const cacheKey = { scope: PublicCache.regionScope(region.region.id), key: `pages:${params.lang}` };
        return sendCachedJson(ctx, request, reply, cacheKey, async () => ({
          region: region.region.slug,
          language: params.lang,
          pages: content.pages.map(presentPageSummary),
        }));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/{lang}/pages/{path+}',
      operationId: 'getPage',
      summary: 'One published page with its children and breadcrumb',
      tag: 'pages',
      params: pageParams,
      response: publicPageDetail,
      errors: ['not_found', 'not_translated'],
      isCacheable: true,
      handle: async ({ params, request, reply }) => {
        const region = await getPublicRegion(ctx, params.region);
        const { page, content } = await getPublicPage(ctx, region, {
          language: params.lang,
          path: params.path,
        });
        const cacheKey = {
          scope: PublicCache.regionScope(region.region.id),
          key: `page:${params.lang}:${normalizePagePath(params.path)}`,
        };
        return sendCachedJson(ctx, request, reply, cacheKey, async () => presentPageDetail(page, content));
      },
    }),
  ];
}
