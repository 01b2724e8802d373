import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { AppContext } from '../context.ts';
import type { Auth } from '../auth/service.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import { AppError } from '../errors.ts';
import { watchOfficial } from '../go-live/watch-official.ts';
import { lockRegion } from '../regions/repo.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import {
  assignTranslatorLanguages,
  countManagers,
  deleteRegionRole,
  findRegionRole,
  insertRegionRole,
} from './repo.ts';
import type { RoleChange } from './schema.ts';

/**
 * Gives a member another role in the region (translators their languages). The last region manager keeps
 * the role, so that someone can always manage the region (changes take turns on the locked region). When the responsible official stops being a
 * manager, the region is flagged and its managers are told.
 */
export async function changeMemberRole(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  member: { userId: number; change: RoleChange },
): Promise<void> {
  const regionId = where.region.id;
  const { userId, change } = member;
  await ctx.db.transaction().execute(async (trx) => {
    await lockRegion(trx, regionId);
    const current = await heldRole(trx, regionId, userId);
    if (current === 'region-manager' && change.role !== 'region-manager') {
      await keepOneManager(trx, regionId);
    }
    await deleteRegionRole(trx, { regionId, userId });
    await insertRegionRole(trx, { user_id: userId, region_id: regionId, role: change.role });
    await assignTranslatorLanguages(trx, {
      userId,
      regionId,
      languages: change.role === 'translator' ? change.translatorLanguages : [],
      enabled: where.languages.map((language) => language.tag),
    });
    await insertAuditEntry(trx, {
      action: 'role.changed',
      regionId,
      userId: auth.user.id,
      details: { memberId: userId, from: current, to: change.role },
    });
  });
  await watchOfficial(ctx, regionId);
}

/** Ends a member's role in the region; the last region manager stays. */
export async function removeMember(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  userId: number,
): Promise<void> {
  const regionId = where.region.id;
  await ctx.db.transaction().execute(async (trx) => {
    await lockRegion(trx, regionId);
    const current = await heldRole(trx, regionId, userId);
    if (current === 'region-manager') await keepOneManager(trx, regionId);
    await deleteRegionRole(trx, { regionId, userId });
    await insertAuditEntry(trx, {
      action: 'role.revoked',
      regionId,
      userId: auth.user.id,
      details: { memberId: userId, role: current },
    });
  });
  await watchOfficial(ctx, regionId);
}

async function heldRole(db: Kysely<Database>, regionId: number, userId: number) {
  const held = await findRegionRole(db, { regionId, userId });
  if (!held) throw new AppError('not_found', 'This person holds no role in the region.');
  return held.role;
}

async function keepOneManager(db: Kysely<Database>, regionId: number): Promise<void> {
  if ((await countManagers(db, regionId)) <= 1) {
    throw new AppError(
      'conflict',
      'This is the region’s last manager. Make someone else a region manager first.',
    );
  }
}
