import { z } from 'zod';
import { requireAuth } from '../auth/request-auth.ts';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { goLiveChecklist, legalPagesInput, officialInput, statusInput } from './schema.ts';
import { regionParams } from '../regions/schema.ts';
import { changeRegionStatus, chooseLegalPages, loadGoLiveChecklist, nameOfficial } from './service.ts';

const done = z.object({ status: z.literal('done') });

/** The go-live gate of the CMS API: the checklist, the responsible official, the legal pages, the status. */
export function goLiveRoutes(ctx: AppContext) {
  const managing = async (request: Parameters<typeof requireAuth>[1], region: string) => {
    const auth = await requireAuth(ctx, request);
    return { auth, where: await accessRegion(ctx, auth, region, 'region.manage-settings') };
  };
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/go-live',
      operationId: 'getGoLiveChecklist',
      summary: 'Every condition of going live, met or not, with the official and legal pages set so far',
      tag: 'regions',
      params: regionParams,
      response: goLiveChecklist,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const { where } = await managing(request, params.region);
        return loadGoLiveChecklist(ctx, where);
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/regions/{region}/official',
      operationId: 'nameOfficial',
      summary: 'Name the responsible official (a region manager) and their public contact channel',
      tag: 'regions',
      params: regionParams,
      body: officialInput,
      response: done,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request }) => {
        const { auth, where } = await managing(request, params.region);
        await nameOfficial(ctx, auth, where, body);
        return { status: 'done' as const };
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/regions/{region}/legal-pages',
      operationId: 'chooseLegalPages',
      summary: 'Choose the pages that are the imprint, the privacy notice and the accessibility statement',
      tag: 'regions',
      params: regionParams,
      body: legalPagesInput,
      response: done,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request }) => {
        const { auth, where } = await managing(request, params.region);
        await chooseLegalPages(ctx, auth, where, body);
        return { status: 'done' as const };
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/regions/{region}/status',
      operationId: 'changeRegionStatus',
      summary:
        'Set the region live, hidden, draft or archived; going live answers 409 with the unmet conditions (details.unmet)',
      tag: 'regions',
      params: regionParams,
      body: statusInput,
      response: done,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request }) => {
        const { auth, where } = await managing(request, params.region);
        await changeRegionStatus(ctx, auth, where, body);
        return { status: 'done' as const };
      },
    }),
  ];
}
