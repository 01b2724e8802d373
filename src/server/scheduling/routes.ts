import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { created } from '../page-editing/schema.ts';
import { presentSchedule } from './present.ts';
import { done, pageSchedule, scheduleInput, scheduleParams, scheduledParams } from './schema.ts';
import { cancelScheduledChange, listPageSchedule, schedulePageChange } from './service.ts';

/** Planned publishing and unpublishing of a page. */
export function schedulingRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/pages/{pageId}/schedule',
      operationId: 'schedulePageChange',
      summary: 'Publish a saved version, or take the page off the public app, at a set time',
      tag: 'pages',
      params: scheduleParams,
      body: scheduleInput,
      response: created,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'page.publish');
        reply.code(201);
        return { id: await schedulePageChange(ctx, auth, where, params.pageId, body) };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/pages/{pageId}/schedule',
      operationId: 'getPageSchedule',
      summary: 'The planned changes of a page, soonest first',
      tag: 'pages',
      params: scheduleParams,
      response: pageSchedule,
      errors: ['unauthorized', 'not_found'],
      handle: async ({ params, request }) => {
        const where = await accessRegion(ctx, await requireAuth(ctx, request), params.region, 'region.read');
        return presentSchedule(await listPageSchedule(ctx, where, params.pageId));
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/regions/{region}/pages/{pageId}/schedule/{scheduleId}',
      operationId: 'cancelScheduledChange',
      summary: 'Withdraw a planned change before its time',
      tag: 'pages',
      params: scheduledParams,
      response: done,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'page.publish');
        await cancelScheduledChange(ctx, auth, where, params.pageId, params.scheduleId);
        return { status: 'done' as const };
      },
    }),
  ];
}
