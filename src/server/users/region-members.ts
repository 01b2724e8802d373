import type { AppContext } from '../context.ts';
import { sendInvitation } from '../auth/account-tokens.ts';
import type { Auth } from '../auth/service.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import {
  assignTranslatorLanguages,
  findUserByEmail,
  insertRegionRole,
  insertUser,
  listMembersOfRegion,
  type RegionMemberRow,
} from './repo.ts';
import type { RegionInvitation } from './schema.ts';

/**
 * Gives someone a role in the region. A new address gets an account without a password and an e-mail to
 * choose one; an existing account simply gets the role. Translators get their target languages.
 */
export async function inviteToRegion(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: RegionInvitation,
) {
  const regionId = where.region.id;
  const { user, isNew } = await ctx.db.transaction().execute(async (trx) => {
    const existing = await findUserByEmail(trx, input.email);
    if (existing) {
      const hasRole = await trx
        .selectFrom('region_roles')
        .select('role')
        .where('user_id', '=', existing.id)
        .where('region_id', '=', regionId)
        .executeTakeFirst();
      if (hasRole)
        throw new AppError('conflict', `${input.email} already is ${hasRole.role} in this region.`);
    }
    const member =
      existing ??
      (await insertUser(trx, {
        email: input.email,
        display_name: input.displayName,
        password_hash: null,
        is_platform_admin: false,
      }));
    await insertRegionRole(trx, { user_id: member.id, region_id: regionId, role: input.role });
    await assignTranslatorLanguages(trx, {
      userId: member.id,
      regionId,
      languages: input.role === 'translator' ? input.translatorLanguages : [],
      enabled: where.languages.map((language) => language.tag),
    });
    await insertAuditEntry(trx, {
      action: 'role.granted',
      regionId,
      userId: auth.user.id,
      details: { memberId: member.id, role: input.role },
    });
    if (!existing) await sendInvitation(ctx, trx, member, where.region.name);
    return { user: member, isNew: !existing };
  });
  return { user, isNew };
}

/** The people who hold a role in the region, with translators' languages there. */
export function listRegionMembers(ctx: AppContext, where: WorkspaceRegion): Promise<RegionMemberRow[]> {
  return listMembersOfRegion(ctx.db, where.region.id);
}
