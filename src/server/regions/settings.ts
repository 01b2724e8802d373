import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { changeRegionSettings } from './change-region-settings.ts';
import { presentRegionSettings } from './present.ts';
import { regionParams, regionSettings } from './schema.ts';

/** The region settings endpoints of the CMS API (region managers and platform admins). */
export function regionSettingsRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/settings',
      operationId: 'getRegionSettings',
      summary: 'The region’s settings',
      tag: 'regions',
      params: regionParams,
      response: regionSettings,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const auth = await requireAuth(ctx, request);
        const where = await accessRegion(ctx, auth, params.region, 'region.manage-settings');
        return presentRegionSettings(where.region);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/regions/{region}/settings',
      operationId: 'changeRegionSettings',
      summary:
        'Change the region’s settings (requiring two-factor sign-in of managers needs it on for oneself)',
      tag: 'regions',
      params: regionParams,
      body: regionSettings,
      response: z.object({ status: z.literal('done') }),
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
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
