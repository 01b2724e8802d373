import { requireAuth } from '../auth/request-auth.ts';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { regionParams } from '../regions/schema.ts';
import { replaceLinkEverywhere } from './replace-link.ts';
import {
  linkCheckStatus,
  linkListQuery,
  linkReport,
  replaceLinkInput,
  replaceLinkOutcome,
} from './schema.ts';
import { loadLinkCheckStatus, loadLinkReport, requestLinkCheck } from './service.ts';

/** The link checker of the CMS API: the region's links and what checking them found, checks, replacing. */
export function linkCheckRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/links',
      operationId: 'listLinks',
      summary:
        'The external links of the region’s published content, what their last check found, and where they are used',
      tag: 'quality',
      params: regionParams,
      query: linkListQuery,
      response: linkReport,
      errors: ['invalid_input', 'unauthorized', 'not_found'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return loadLinkReport(ctx, where, query.status);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/links/check',
      operationId: 'getLinkCheck',
      summary:
        'Whether a check of the region’s links is running, how far it has come, and when links were last checked',
      tag: 'quality',
      params: regionParams,
      response: linkCheckStatus,
      errors: ['unauthorized', 'not_found'],
      handle: async ({ params, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return loadLinkCheckStatus(ctx.db, where.region.id);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/links/check',
      operationId: 'startLinkCheck',
      summary:
        'Check the region’s links now, as a background job (202); while a check runs, that one goes on',
      tag: 'quality',
      params: regionParams,
      response: linkCheckStatus,
      successStatus: 202,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'page.publish');
        reply.code(202);
        return requestLinkCheck(ctx, auth, where);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/links/replace',
      operationId: 'replaceLink',
      summary:
        'Make every link to `from` lead to `to`, as new versions of the texts (a minor edit where published), all or nothing; 404 when no text links to `from`, 409 naming the page when one text was saved in the meantime or cannot be saved as it is',
      tag: 'quality',
      params: regionParams,
      body: replaceLinkInput,
      response: replaceLinkOutcome,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'page.publish');
        return replaceLinkEverywhere(ctx, { auth, where, input: body, log: request.log });
      },
    }),
  ];
}
