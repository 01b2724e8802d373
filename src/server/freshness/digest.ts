import type { AppContext } from '../context.ts';
import { insertJobs } from '../jobs/repo.ts';
import type { RecurringJob } from '../jobs/recurring.ts';
import type { JobHandler } from '../jobs/runner.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { findRegionById } from '../regions/repo.ts';
import { composeDigestMail } from './digest-mail.ts';
import { findDigestRecipient, listRegionIdsWithOfficial } from './repo.ts';
import { listFreshness } from './service.ts';

const weeklyDigestKind = 'freshness.weekly-digest';
const regionDigestKind = 'freshness.region-digest';

/** The weekly digest of what is due for review, queued once per ISO week (see jobs/recurring.ts). */
export const freshnessDigestJob: RecurringJob = { kind: weeklyDigestKind, period: 'weekly' };

/**
 * The digest's two kinds of job: the weekly one queues a job per region with a responsible official, and
 * each of those queues the region's e-mail. Every key names the week, so that a retry or a second server
 * never sends a region's digest twice in one week.
 */
export function freshnessDigestHandlers(ctx: AppContext): Record<string, JobHandler> {
  return {
    [weeklyDigestKind]: async (payload) => {
      const period = String(payload.period);
      const regionIds = await listRegionIdsWithOfficial(ctx.db);
      await insertJobs(
        ctx.db,
        regionIds.map((regionId) => ({
          kind: regionDigestKind,
          payload: { regionId, period },
          dedupeKey: `${regionDigestKind}:${regionId}:${period}`,
        })),
      );
    },
    [regionDigestKind]: async (payload) => {
      await queueFreshnessDigest(ctx, { regionId: Number(payload.regionId), period: String(payload.period) });
    },
  };
}

/**
 * Queues the week's digest e-mail of a region to its responsible official: the overdue texts and those due
 * within four weeks. Nothing is sent when nothing is due, or when the region has no official to send to.
 * Returns whether there was something to send.
 */
export async function queueFreshnessDigest(
  ctx: Pick<AppContext, 'db' | 'config'>,
  options: { regionId: number; period: string; now?: Date },
): Promise<boolean> {
  const [region, recipient] = await Promise.all([
    findRegionById(ctx.db, options.regionId),
    findDigestRecipient(ctx.db, options.regionId),
  ]);
  if (!region || region.status === 'archived' || !recipient) return false;
  const { items } = await listFreshness(ctx, region, { now: options.now });
  const due = items.filter((item) => item.status !== 'current');
  if (due.length === 0) return false;
  const mail = composeDigestMail({ to: recipient, publicUrl: ctx.config.publicUrl, region, items: due });
  await queueMail(ctx.db, mail, `${regionDigestKind}:mail:${region.id}:${options.period}`);
  return true;
}
