import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { pageParams } from '../page-editing/schema.ts';
import { presentAutosave } from './present.ts';
import { autosave, autosaveInput, autosaveQuery, autosaveSaved, discarded } from './schema.ts';
import { discardAutosave, loadAutosave, saveAutosave } from './service.ts';

const path = '/regions/{region}/pages/{pageId}/autosave';

/** The signed-in user's unsaved text of a page in a language: kept, restored, thrown away. */
export function autosaveRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'PUT',
      path,
      operationId: 'autosave',
      summary: 'Keep what you are typing without making a version; saving a version deletes it',
      tag: 'pages',
      params: pageParams,
      body: autosaveInput,
      response: autosaveSaved,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.read');
        const savedAt = await saveAutosave(ctx, auth, where, params.pageId, body);
        return { savedAt: savedAt.toISOString() };
      },
    }),
    defineRoute({
      method: 'GET',
      path,
      operationId: 'getAutosave',
      summary: 'Your unsaved text of a page in a language, if there is any (404 if not)',
      tag: 'pages',
      params: pageParams,
      query: autosaveQuery,
      response: autosave,
      errors: ['invalid_input', 'unauthorized', 'not_found'],
      handle: async ({ params, query, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.read');
        return presentAutosave(await loadAutosave(ctx, auth, where, params.pageId, query.language));
      },
    }),
    defineRoute({
      method: 'DELETE',
      path,
      operationId: 'discardAutosave',
      summary: 'Throw away your unsaved text of a page in a language',
      tag: 'pages',
      params: pageParams,
      query: autosaveQuery,
      response: discarded,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, query, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.read');
        await discardAutosave(ctx, auth, where, params.pageId, query.language);
        return { status: 'done' as const };
      },
    }),
  ];
}
