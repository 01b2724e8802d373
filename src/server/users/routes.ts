import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { regionParams } from '../regions/schema.ts';
import { presentRegionMember } from './present.ts';
import { changeMemberRole, removeMember } from './change-member-role.ts';
import { inviteToRegion, listRegionMembers } from './region-members.ts';
import { invited, memberParams, regionInvitationInput, regionMembers, roleChangeInput } from './schema.ts';

const done = z.object({ status: z.literal('done') });

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
    defineRoute({
      method: 'PATCH',
      path: '/regions/{region}/users/{userId}',
      operationId: 'changeRegionUserRole',
      summary: 'Give a member another role (the last region manager keeps theirs)',
      tag: 'users',
      params: memberParams,
      body: roleChangeInput,
      response: done,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.manage-users');
        await changeMemberRole(ctx, auth, where, { userId: params.userId, change: body });
        return { status: 'done' as const };
      },
    }),
    defineRoute({
      method: 'DELETE',
      path: '/regions/{region}/users/{userId}',
      operationId: 'removeRegionUser',
      summary: 'End a member’s role in the region (the account stays; the last region manager stays)',
      tag: 'users',
      params: memberParams,
      response: done,
      errors: ['unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.manage-users');
        await removeMember(ctx, auth, where, params.userId);
        return { status: 'done' as const };
      },
    }),
  ];
}
