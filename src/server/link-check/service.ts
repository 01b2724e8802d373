import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DAY_MS } from '../../shared/time.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import { insertJob } from '../jobs/repo.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { regionCheckJob } from './jobs.ts';
import { presentCheckStatus, presentLinks } from './present.ts';
import { countCheckedLinks, findLatestCheck, insertRequestedCheck } from './check-repo.ts';
import { listLinks, listLinkUses, lockRegionLinks, type LinkStatus } from './repo.ts';
import type { LinkCheckStatus } from './schema.ts';

/**
 * A run not finished a day after it was asked for is over: its jobs gave up, and the next run starts
 * afresh (so that "check now" is never blocked for good).
 */
const longestRunMs = DAY_MS;

/**
 * Where the region's link check stands. A run is running until it has gathered the links and checked
 * every one of them since; its progress counts the links checked since it gathered them.
 */
export async function loadLinkCheckStatus(db: Kysely<Database>, regionId: number): Promise<LinkCheckStatus> {
  const latest = await findLatestCheck(db, regionId);
  const counts = await countCheckedLinks(db, regionId, latest?.gathered_at ?? null);
  const isUnfinished = latest?.gathered_at === null || counts.checked < counts.total;
  return presentCheckStatus({
    isRunning:
      latest !== undefined && isUnfinished && Date.now() - latest.requested_at.getTime() < longestRunMs,
    checked: counts.checked,
    total: counts.total,
    requestedAt: latest?.requested_at ?? null,
    lastCheckedAt: counts.lastCheckedAt,
  });
}

/** The region's links (optionally only some statuses) with the pages using them, and the check's state. */
export async function loadLinkReport(ctx: AppContext, where: WorkspaceRegion, statuses: LinkStatus[]) {
  const regionId = where.region.id;
  const [check, links, uses] = await Promise.all([
    loadLinkCheckStatus(ctx.db, regionId),
    listLinks(ctx.db, regionId, statuses),
    listLinkUses(ctx.db, regionId, statuses),
  ]);
  return { check, links: presentLinks(links, uses) };
}

/**
 * Starts a check of the region's links now, as a job; while one is running, that one goes on and no
 * second is started (requests take turns, so two at once start one run). Answers the state of the check.
 */
export async function requestLinkCheck(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
): Promise<LinkCheckStatus> {
  const regionId = where.region.id;
  return ctx.db.transaction().execute(async (trx) => {
    await lockRegionLinks(trx, regionId);
    const status = await loadLinkCheckStatus(trx, regionId);
    if (status.isRunning) return status;
    const checkId = await insertRequestedCheck(trx, regionId, auth.user.id);
    await insertJob(trx, regionCheckJob(regionId, checkId));
    return loadLinkCheckStatus(trx, regionId);
  });
}
