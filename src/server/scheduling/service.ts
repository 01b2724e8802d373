import { DAY_MS } from '../../shared/time.ts';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { findVersion } from '../content/repo.ts';
import { AppError, invalidInput } from '../errors.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { ensureAllowed, type WorkspaceRegion } from '../page-editing/access.ts';
import { findNewestVersion, moveVersionStatus } from '../page-editing/repo.ts';
import { findPage, lockRegionStructure, updatePagePlacement } from '../pages/repo.ts';
import { assertSlugFree } from '../pages/service.ts';
import {
  SCHEDULED_KINDS,
  deleteScheduledChange,
  insertScheduledChange,
  listScheduledChanges,
  type ScheduledPayload,
} from './repo.ts';
import type { ScheduleInput } from './schema.ts';
import { notifyTranslationsOutdated } from '../notifications/translation-outdated.ts';

const longestAheadMs = 2 * 366 * DAY_MS;

/**
 * Plans a change of a page for a set time: publishing one of its saved, unpublished versions, or taking the
 * page off the public app (archiving it). It runs as a durable job, so a restart in between loses nothing.
 */
export async function schedulePageChange(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  input: ScheduleInput,
): Promise<number> {
  const regionId = where.region.id;
  const now = Date.now();
  if (input.at.getTime() <= now) throw invalidInput([{ field: 'at', message: 'must be in the future' }]);
  if (input.at.getTime() > now + longestAheadMs) {
    throw invalidInput([{ field: 'at', message: 'must be at most two years ahead' }]);
  }
  if (!(await findPage(ctx.db, regionId, pageId))) throw new AppError('not_found', 'There is no such page.');
  const payload: ScheduledPayload = { regionId, pageId, userId: auth.user.id };
  if (input.action === 'publish') {
    const version = await findVersion(ctx.db, { regionId, itemId: pageId, versionId: input.versionId });
    if (!version) throw invalidInput([{ field: 'versionId', message: 'is not a version of this page' }]);
    if (version.status === 'published') {
      throw invalidInput([{ field: 'versionId', message: 'is published already' }]);
    }
    ensureAllowed(where.actor, 'page.publish', {
      language: version.language_tag,
      defaultLanguage: where.region.default_language,
    });
    Object.assign(payload, { versionId: version.id, language: version.language_tag });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertScheduledChange(trx, {
      kind: SCHEDULED_KINDS[input.action],
      payload,
      runAt: input.at,
    });
    await insertAuditEntry(trx, {
      action: `page.${input.action}-scheduled`,
      regionId,
      userId: auth.user.id,
      details: { pageId, versionId: payload.versionId ?? null, at: input.at.toISOString() },
    });
    return id;
  });
}

/** The changes planned for a page, soonest first. */
export async function listPageSchedule(ctx: AppContext, where: WorkspaceRegion, pageId: number) {
  return listScheduledChanges(ctx.db, where.region.id, pageId);
}

/** Withdraws a planned change before its time. */
export async function cancelScheduledChange(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  id: number,
): Promise<void> {
  const regionId = where.region.id;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteScheduledChange(trx, { regionId, pageId, id }))) {
      throw new AppError(
        'not_found',
        'There is no such planned change of this page (it may have run already).',
      );
    }
    await insertAuditEntry(trx, {
      action: 'page.schedule-cancelled',
      regionId,
      userId: auth.user.id,
      details: { pageId, scheduleId: id },
    });
  });
}

/**
 * The jobs that carry out planned changes. Publishing goes ahead only if the version is still the newest
 * in its language (someone may have written more since) and its address is free; otherwise nothing is
 * published and the audit log says why.
 */
export function scheduledChangeHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [SCHEDULED_KINDS.publish]: async (payload) => {
      const {
        regionId,
        pageId,
        versionId = 0,
        userId,
        language = '',
      } = payload as unknown as ScheduledPayload;
      const isPublished = await ctx.db.transaction().execute(async (trx) => {
        await lockRegionStructure(trx, regionId);
        const version = await findVersion(trx, { regionId, itemId: pageId, versionId });
        if (!version || version.status === 'published') return false;
        const newest = await findNewestVersion(trx, { regionId, pageId, language });
        const page = await findPage(trx, regionId, pageId);
        const isAddressFree = await assertSlugFree(trx, {
          regionId,
          pageId,
          parentId: page?.parent_id ?? null,
          language,
          slug: version.slug,
        }).then(
          () => true,
          (error: unknown) => {
            // Only a taken address stops the publication quietly; anything else is the job's failure.
            if (error instanceof AppError && error.code === 'invalid_input') return false;
            throw error;
          },
        );
        const skipped = newest?.id !== version.id ? 'newer-version' : !isAddressFree ? 'address-taken' : null;
        if (!skipped) {
          await moveVersionStatus(trx, { regionId, versionId, from: version.status, to: 'published' });
          await notifyTranslationsOutdated(trx, ctx.config.publicUrl, { ...version, status: 'published' });
        }
        await insertAuditEntry(trx, {
          action: skipped ? 'page.scheduled-publish-skipped' : 'page.published',
          regionId,
          userId,
          details: { pageId, versionId, isScheduled: true, ...(skipped ? { reason: skipped } : {}) },
        });
        return !skipped;
      });
      if (isPublished) ctx.cache.invalidateRegionContent(regionId);
    },
    [SCHEDULED_KINDS.unpublish]: async (payload) => {
      const { regionId, pageId, userId } = payload as unknown as ScheduledPayload;
      await ctx.db.transaction().execute(async (trx) => {
        await lockRegionStructure(trx, regionId);
        const page = await findPage(trx, regionId, pageId);
        if (!page || page.is_archived) return;
        await updatePagePlacement(trx, {
          regionId,
          pageId,
          parentId: page.parent_id,
          position: page.position,
          isArchived: true,
        });
        await insertAuditEntry(trx, {
          action: 'page.archived',
          regionId,
          userId,
          details: { pageId, isScheduled: true },
        });
      });
      ctx.cache.invalidateRegionContent(regionId);
    },
  };
}
