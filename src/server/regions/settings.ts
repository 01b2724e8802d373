import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion, type WorkspaceRegion } from '../page-editing/access.ts';

const settingsInput = z.object({
  requiresManagerTotp: z.boolean().describe('Whether the region’s managers must use two-factor sign-in.'),
});

/** Changes the region's settings and records the change in the audit log. */
async function changeRegionSettings(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: z.output<typeof settingsInput>,
) {
  await ctx.db
    .updateTable('regions')
    .set({ requires_manager_totp: input.requiresManagerTotp })
    .where('id', '=', where.region.id)
    .execute();
  await insertAuditEntry(ctx.db, {
    action: 'region.settings-changed',
    regionId: where.region.id,
    userId: auth.user.id,
    details: input,
  });
  ctx.cache.invalidateRegion(where.region.id);
}

/** The region settings endpoint of the CMS API (region managers and platform admins). */
export function regionSettingsRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'PATCH',
      path: '/regions/{region}/settings',
      operationId: 'changeRegionSettings',
      summary: 'Change the region’s settings',
      tag: 'regions',
      params: z.object({ region: z.string() }),
      body: settingsInput,
      response: z.object({ status: z.literal('done') }),
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, body, request }) => {
        const auth = await requireAuth(ctx, request);
        await changeRegionSettings(
          ctx,
          auth,
          await accessRegion(ctx, auth, params.region, 'region.manage-settings'),
          body,
        );
        return { status: 'done' as const };
      },
    }),
  ];
}
