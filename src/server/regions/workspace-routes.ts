import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { addRegion, listWorkspaceRegions } from './add-region.ts';
import { presentWorkspaceRegion } from './present.ts';
import { regionCreationInput, workspaceRegion, workspaceRegionList } from './schema.ts';

/** The regions of the workspace: the ones someone works in, and creating new ones (platform admins). */
export function workspaceRegionRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions',
      operationId: 'listWorkspaceRegions',
      summary: 'The regions one works in, in every state (platform admins: all regions)',
      tag: 'regions',
      response: workspaceRegionList,
      errors: ['unauthorized'],
      handle: async ({ request }) => {
        const auth = await requireAuth(ctx, request);
        return { regions: (await listWorkspaceRegions(ctx, auth)).map(presentWorkspaceRegion) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions',
      operationId: 'createRegion',
      summary: 'Create a region as a draft with its language tree (platform admins)',
      tag: 'regions',
      body: regionCreationInput,
      response: workspaceRegion,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'conflict'],
      handle: async ({ body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const region = await addRegion(ctx, auth, body);
        reply.code(201);
        return presentWorkspaceRegion(region);
      },
    }),
  ];
}
