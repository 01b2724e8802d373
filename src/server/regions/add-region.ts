import type { z } from 'zod';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { AppError } from '../errors.ts';
import { canCreateRegions } from './policy.ts';
import { listAllRegions, listRegionsOfUser, type RegionRow } from './repo.ts';
import type { regionCreationInput } from './schema.ts';
import { createRegion } from './service.ts';

/**
 * Creates a region on a platform admin's request. It starts as a draft: it goes live only through the
 * go-live gate, once an official, the legal pages and the content are there.
 */
export async function addRegion(
  ctx: Pick<AppContext, 'db' | 'cache'>,
  auth: Auth,
  input: z.input<typeof regionCreationInput>,
): Promise<RegionRow> {
  if (!canCreateRegions(auth.user)) {
    throw new AppError('forbidden', 'Only platform admins create regions.');
  }
  return createRegion(ctx, { ...input, status: 'draft' }, (trx, region) =>
    insertAuditEntry(trx, {
      action: 'region.created',
      regionId: region.id,
      userId: auth.user.id,
      details: { slug: region.slug, name: region.name },
    }),
  );
}

/** The regions someone works in: every region for platform admins. */
export function listWorkspaceRegions(ctx: Pick<AppContext, 'db'>, auth: Auth): Promise<RegionRow[]> {
  return auth.user.is_platform_admin ? listAllRegions(ctx.db) : listRegionsOfUser(ctx.db, auth.user.id);
}
