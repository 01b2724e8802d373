import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { presentTranslationOverview, translationOverviewCsv } from './present.ts';
import { overviewParams, overviewQuery, translationOverview } from './schema.ts';
import { loadTranslationOverview } from './service.ts';

/** The translators' overview of a region: pages × languages with where each translation stands. */
export function translationOverviewRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/translations',
      operationId: 'getTranslationOverview',
      summary:
        'Every page × language with its state (missing, outdated, in translation, machine-translated, up to date), counts and progress per language',
      tag: 'translations',
      params: overviewParams,
      query: overviewQuery,
      response: translationOverview,
      errors: ['invalid_input', 'unauthorized', 'not_found'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return presentTranslationOverview(where, await loadTranslationOverview(ctx, where, query), query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/translations.csv',
      operationId: 'getTranslationOverviewCsv',
      summary: 'The same overview as a CSV file for spreadsheets',
      tag: 'translations',
      params: overviewParams,
      query: overviewQuery,
      response: z.string(),
      responseType: 'text/csv',
      errors: ['invalid_input', 'unauthorized', 'not_found'],
      handle: async ({ params, query, request, reply }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        const overview = presentTranslationOverview(
          where,
          await loadTranslationOverview(ctx, where, query),
          query,
        );
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="translations-${where.region.slug}.csv"`);
        return translationOverviewCsv(overview);
      },
    }),
  ];
}
