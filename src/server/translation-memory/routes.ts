import { requireAuth } from '../auth/request-auth.ts';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { pageParams } from '../page-editing/schema.ts';
import { memoryFill, memoryQuery } from './schema.ts';
import { loadMemoryFill } from './service.ts';

/** The translation memory as the editor offers it: a page's source, pre-filled with what the region knows. */
export function translationMemoryRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/pages/{pageId}/memory',
      operationId: 'getMemoryFill',
      summary:
        'The page’s published source text with the paragraphs already translated in the region put in, to start a translation from',
      tag: 'translations',
      params: pageParams,
      query: memoryQuery,
      response: memoryFill,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(
          ctx,
          await requireAuth(ctx, request),
          params.region,
          'page.translate',
          {
            language: query.language,
          },
        );
        return loadMemoryFill(ctx, where, { pageId: params.pageId, language: query.language });
      },
    }),
  ];
}
