import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { presentTranslationOverview, translationOverviewCsv } from './present.ts';
import { overviewQuery, tasksQuery, translationOverview, translationTasks } from './schema.ts';
import { regionParams } from '../regions/schema.ts';
import { loadTranslationTasks } from './tasks.ts';
import { loadTranslationOverview } from './service.ts';
import { confirmTranslationCurrent } from './confirm-translation.ts';
import { pageParams, workspaceVersion } from '../page-editing/schema.ts';
import { presentVersion } from '../page-editing/present.ts';

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
      params: regionParams,
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
      params: regionParams,
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
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/translation-tasks',
      operationId: 'getTranslationTasks',
      summary:
        'Your translation tasks in the region: pages outdated, machine-translated, in translation or missing in the languages you translate',
      tag: 'translations',
      params: regionParams,
      query: tasksQuery,
      response: translationTasks,
      errors: ['invalid_input', 'unauthorized', 'not_found'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return loadTranslationTasks(ctx, where, query);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/pages/{pageId}/still-correct',
      operationId: 'confirmTranslationCurrent',
      summary:
        'Mark a translation up to date after a trivial source change: published again unchanged, made from the newest source',
      tag: 'translations',
      params: pageParams,
      body: z.object({ language: z.string().min(2) }),
      response: workspaceVersion,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.read');
        reply.code(201);
        return presentVersion(
          await confirmTranslationCurrent(ctx, auth, where, {
            pageId: params.pageId,
            language: body.language,
          }),
        );
      },
    }),
  ];
}
