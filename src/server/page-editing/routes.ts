import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from './access.ts';
import { presentHistory, presentPageTree, presentVersion } from './present.ts';
import {
  created,
  history,
  historyQuery,
  newPageInput,
  pageChangeInput,
  pageParams,
  pageTree,
  pageVersionParams,
  reviewDecisionInput,
  saved,
  versionParams,
  workspaceVersion,
  workspaceVersionInput,
} from './schema.ts';
import { regionParams } from '../regions/schema.ts';
import {
  addPage,
  changePage,
  decideReview,
  loadHistory,
  loadPageTree,
  restoreVersion,
  saveWorkspaceVersion,
} from './service.ts';

/** Editing a region's pages in the workspace: tree, versions, review, history, structure. */
export function pageEditingRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/pages',
      operationId: 'getPageTree',
      summary:
        'All pages of a region, archived ones too, with the newest version and translation state per language',
      tag: 'pages',
      params: regionParams,
      response: pageTree,
      errors: ['unauthorized', 'not_found'],
      handle: async ({ params, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return presentPageTree(where.region, where.languages, await loadPageTree(ctx, where));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/pages',
      operationId: 'createPage',
      summary: 'Add a page at the end of its parent’s children',
      tag: 'pages',
      params: regionParams,
      body: newPageInput,
      response: created,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request, reply }) => {
        const where = await accessRegion(
          ctx,
          await requireAuth(ctx, request),
          params.region,
          'page.structure',
        );
        reply.code(201);
        return { id: await addPage(ctx, where, body) };
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/regions/{region}/pages/{pageId}',
      operationId: 'changePage',
      summary: 'Move, reorder, archive or restore a page',
      tag: 'pages',
      params: pageParams,
      body: pageChangeInput,
      response: saved,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        await changePage(
          ctx,
          auth,
          await accessRegion(ctx, auth, params.region, 'page.structure'),
          params.pageId,
          body,
        );
        return { status: 'done' as const };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/pages/{pageId}/versions',
      operationId: 'saveVersion',
      summary: 'Save a new version in a language (draft, for review, or published, as the role allows)',
      tag: 'pages',
      params: pageParams,
      body: workspaceVersionInput,
      response: workspaceVersion,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.read');
        reply.code(201);
        return presentVersion(await saveWorkspaceVersion(ctx, auth, where, params.pageId, body));
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/pages/{pageId}/versions',
      operationId: 'getHistory',
      summary: 'Every version of a page in a language, newest first, with review decisions',
      tag: 'pages',
      params: pageParams,
      query: historyQuery,
      response: history,
      errors: ['invalid_input', 'unauthorized', 'not_found'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return presentHistory(await loadHistory(ctx, where, params.pageId, query.language));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/pages/{pageId}/versions/{versionId}/restore',
      operationId: 'restoreVersion',
      summary: 'Make an old version the newest again, as a new draft',
      tag: 'pages',
      params: pageVersionParams,
      response: workspaceVersion,
      successStatus: 201,
      errors: ['unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.read');
        reply.code(201);
        return presentVersion(await restoreVersion(ctx, auth, where, params.pageId, params.versionId));
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/versions/{versionId}/review',
      operationId: 'decideReview',
      summary: 'Approve a version in review (it is published) or send it back with a comment',
      tag: 'pages',
      params: versionParams,
      body: reviewDecisionInput,
      response: saved,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        await decideReview(
          ctx,
          auth,
          await accessRegion(ctx, auth, params.region, 'page.review'),
          params.versionId,
          body,
        );
        return { status: 'done' as const };
      },
    }),
  ];
}
