import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { AppError } from '../errors.ts';
import { mustUseTwoFactor, type WorkspaceRegion } from '../page-editing/access.ts';
import { updateRegionSettings } from './repo.ts';
import type { RegionSettings } from './schema.ts';

/**
 * Changes the region's settings and records the change in the audit log. A manager who would be locked out
 * by requiring two-factor sign-in of managers (they have not turned it on themselves) is refused.
 */
export async function changeRegionSettings(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: RegionSettings,
): Promise<void> {
  if (input.requiresManagerTotp && mustUseTwoFactor(where.actor, auth)) {
    throw new AppError(
      'conflict',
      'Turn on two-factor sign-in for your own account first; otherwise you would lock yourself out.',
      { requiresTwoFactor: true },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateRegionSettings(trx, where.region.id, {
      requires_manager_totp: input.requiresManagerTotp,
      review_interval_months: input.reviewIntervalMonths,
      official_grace_days: input.officialGraceDays,
    });
    await insertAuditEntry(trx, {
      action: 'region.settings-changed',
      regionId: where.region.id,
      userId: auth.user.id,
      details: input,
    });
  });
  ctx.cache.invalidateRegion(where.region.id);
}
