import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { regionParams } from '../regions/schema.ts';
import { presentRegionMember } from './present.ts';
import { inviteToRegion, listRegionMembers } from './region-members.ts';
import { invited, regionInvitationInput, regionMembers } from './schema.ts';

/** The people of a region: who holds which role, and inviting more (region managers). */
export function regionMemberRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/users',
      operationId: 'listRegionUsers',
      summary: 'Who holds a role in the region',
      tag: 'users',
      params: regionParams,
      response: regionMembers,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const where = await accessRegion(
          ctx,
          await requireAuth(ctx, request),
          params.region,
          'region.manage-users',
        );
        return { members: (await listRegionMembers(ctx, where)).map(presentRegionMember) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/users',
      operationId: 'inviteRegionUser',
      summary: 'Give someone a role in the region; a new address gets an e-mail to choose a password',
      tag: 'users',
      params: regionParams,
      body: regionInvitationInput,
      response: invited,
      successStatus: 201,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request, reply }) => {
        const auth = await requireAuth(ctx, request);
        const { user, isNew } = await inviteToRegion(
          ctx,
          auth,
          await accessRegion(ctx, auth, params.region, 'region.manage-users'),
          body,
        );
        reply.code(201);
        return { id: user.id, isNewAccount: isNew };
      },
    }),
  ];
}
