import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import { watchOfficial } from './watch-official.ts';
import { officialNoticeFrom } from '../regions/policy.ts';
import { AppError, invalidInput } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { listPages } from '../pages/repo.ts';
import { goLiveConditions } from './conditions.ts';
import { loadGoLiveState, setLegalPages, upsertOfficial } from './repo.ts';
import { listRegionManagers } from '../users/repo.ts';
import { updateRegionStatus } from '../regions/repo.ts';
import type { GoLiveChecklist, LegalPagesInput, OfficialInput, StatusInput } from './schema.ts';

/** The go-live checklist of a region: every condition with what is missing, and what is set so far. */
export async function loadGoLiveChecklist(ctx: AppContext, where: WorkspaceRegion): Promise<GoLiveChecklist> {
  const { region } = where;
  const [{ facts, official, legalPages }, managers] = await Promise.all([
    loadGoLiveState(ctx.db, where),
    listRegionManagers(ctx.db, region.id),
  ]);
  const conditions = goLiveConditions(facts);
  const legalPage = (purpose: string) => legalPages.find((row) => row.purpose === purpose)?.page_id ?? null;
  return {
    region: region.slug,
    status: region.status,
    canGoLive: conditions.every((condition) => condition.isMet),
    conditions,
    officialMissing: region.official_missing_since
      ? {
          since: region.official_missing_since.toISOString(),
          noticeFrom: officialNoticeFrom(region)!.toISOString(),
        }
      : null,
    official: official
      ? {
          userId: official.user_id,
          userName: official.user_name ?? null,
          publicName: official.public_name,
          email: official.email,
          phone: official.phone,
          officeHours: official.office_hours,
          responseDays: official.response_days,
        }
      : null,
    legalPages: {
      imprint: legalPage('imprint'),
      privacy: legalPage('privacy'),
      accessibility: legalPage('accessibility'),
    },
    managers,
  };
}

/** Names the responsible official: a region manager of the region, with a public contact channel. */
export async function nameOfficial(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: OfficialInput,
) {
  const regionId = where.region.id;
  const managers = await listRegionManagers(ctx.db, regionId);
  if (!managers.some((manager) => manager.userId === input.userId)) {
    throw invalidInput([
      { field: 'userId', message: 'the responsible official must be a region manager here' },
    ]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    await upsertOfficial(trx, {
      region_id: regionId,
      user_id: input.userId,
      public_name: input.publicName,
      email: input.email,
      phone: input.phone,
      office_hours: input.officeHours,
      response_days: input.responseDays,
    });
    await insertAuditEntry(trx, {
      action: 'region.official-named',
      regionId,
      userId: auth.user.id,
      details: input,
    });
  });
  ctx.cache.invalidateRegion(regionId);
  await watchOfficial(ctx, regionId);
}

/** Chooses the region's imprint, privacy notice and accessibility statement among its pages. */
export async function chooseLegalPages(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: LegalPagesInput,
) {
  const regionId = where.region.id;
  const pageIds = new Set((await listPages(ctx.db, regionId)).map((page) => page.id));
  const unknown = Object.entries(input).filter(
    ([, pageId]) => typeof pageId === 'number' && !pageIds.has(pageId),
  );
  if (unknown.length > 0) {
    throw invalidInput(
      unknown.map(([purpose]) => ({ field: purpose, message: 'is not a page of this region' })),
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await setLegalPages(trx, regionId, input);
    await insertAuditEntry(trx, {
      action: 'region.legal-pages-chosen',
      regionId,
      userId: auth.user.id,
      details: input,
    });
  });
  ctx.cache.invalidateRegion(regionId);
}

/**
 * Changes whether the region is public. Going live needs every condition met; otherwise the answer is 409
 * with the unmet ones. A platform admin may go live anyway with a written reason, which the audit log keeps.
 */
export async function changeRegionStatus(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: StatusInput,
) {
  const { region } = where;
  if (input.overrideReason !== undefined && !auth.user.is_platform_admin) {
    throw new AppError('forbidden', 'Only a platform admin may set a region live with unmet conditions.');
  }
  const unmet =
    input.status === 'live' && region.status !== 'live'
      ? goLiveConditions((await loadGoLiveState(ctx.db, where)).facts).filter((condition) => !condition.isMet)
      : [];
  if (unmet.length > 0 && input.overrideReason === undefined) {
    throw new AppError(
      'conflict',
      `The region cannot go live yet: ${unmet.map((condition) => condition.problem).join(' ')}`,
      { unmet },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateRegionStatus(trx, region.id, input.status);
    await insertAuditEntry(trx, {
      action: unmet.length > 0 ? 'region.went-live-overridden' : 'region.status-changed',
      regionId: region.id,
      userId: auth.user.id,
      details: {
        from: region.status,
        to: input.status,
        ...(unmet.length > 0
          ? { reason: input.overrideReason, unmet: unmet.map((condition) => condition.code) }
          : {}),
      },
    });
  });
  ctx.cache.invalidateRegion(region.id);
}
