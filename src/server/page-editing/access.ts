import type { AppContext } from '../context.ts';
import type { Action } from '../../shared/actions.ts';
import { isPublishedOnlyAfterReview } from '../../shared/languages.ts';
import { can, type Actor } from '../auth/policy.ts';
import type { Auth } from '../auth/service.ts';
import { AppError } from '../errors.ts';
import {
  findRegionBySlug,
  listRegionLanguages,
  type RegionLanguageRow,
  type RegionRow,
} from '../regions/repo.ts';

/** A region as the workspace works on it, and who is working. */
export interface WorkspaceRegion {
  region: RegionRow;
  languages: RegionLanguageRow[];
  actor: Actor;
}

/**
 * The region a workspace request is about, if the signed-in user may do `action` there. A region in which
 * the user holds no role is not found (its drafts are nobody else's business); a role that does not allow
 * the action is refused.
 */
export async function accessRegion(
  ctx: AppContext,
  auth: Auth,
  slug: string,
  action: Action,
  target: { language?: string } = {},
): Promise<WorkspaceRegion> {
  const region = await findRegionBySlug(ctx.db, slug);
  const role = region
    ? await ctx.db
        .selectFrom('region_roles')
        .select('role')
        .where('user_id', '=', auth.user.id)
        .where('region_id', '=', region.id)
        .executeTakeFirst()
    : undefined;
  if (!region || (!role && !auth.user.is_platform_admin)) {
    throw new AppError('not_found', `There is no region "${slug}" that you work in.`);
  }
  const translatorLanguages =
    role?.role === 'translator'
      ? (
          await ctx.db
            .selectFrom('translator_languages')
            .select('language_tag')
            .where('user_id', '=', auth.user.id)
            .where('region_id', '=', region.id)
            .execute()
        ).map((row) => row.language_tag)
      : [];
  const actor: Actor = {
    isPlatformAdmin: auth.user.is_platform_admin,
    role: role?.role,
    translatorLanguages,
  };
  if (region.requires_manager_totp && mustUseTwoFactor(actor, auth)) {
    throw new AppError(
      'forbidden',
      'This region requires two-factor sign-in of its managers. Set it up under your account first (POST /api/cms/me/totp).',
      { requiresTwoFactor: true },
    );
  }
  ensureAllowed(actor, action, { ...target, defaultLanguage: region.default_language });
  return { region, languages: await listRegionLanguages(ctx.db, region.id), actor };
}

/**
 * Whether a region that requires two-factor sign-in of its managers holds this person to it: anyone with
 * the region-manager role there (platform admins too, when they hold it) who has not turned it on.
 */
export function mustUseTwoFactor(actor: Actor, auth: Auth): boolean {
  return actor.role === 'region-manager' && !auth.user.is_totp_enabled;
}

/** Refuses with 403 unless the policy allows the action. */
export function ensureAllowed(
  actor: Actor,
  action: Action,
  target: { language?: string; defaultLanguage?: string },
): void {
  if (!can(actor, action, target)) {
    if (action === 'page.publish' && isPublishedOnlyAfterReview(target.language)) {
      throw new AppError(
        'forbidden',
        'Easy German is not published directly: submit it for review, and a second person checks and approves it.',
      );
    }
    const where = target.language ? ` in "${target.language}"` : '';
    throw new AppError('forbidden', `Your role does not allow this (${action}${where}).`);
  }
}
