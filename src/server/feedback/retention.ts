import { DAY_MS } from '../../shared/time.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import type { RetentionSettings } from './inbox-schema.ts';
import { eraseFeedbackBefore, listRetentionPeriods, updateRetentionDays } from './retention-repo.ts';

/** The daily job that erases readers' comments and contact data after the retention period. */
export const feedbackRetentionJobKind = 'feedback.erase-expired';

/** The handler of the daily retention job. */
export function feedbackRetentionJobHandler(ctx: Pick<AppContext, 'db'>): JobHandler {
  return async () => {
    await eraseExpiredFeedback(ctx);
  };
}

/**
 * Erases, in every region, the comments, contact data, search words, translations, notes and reply texts
 * of feedback older than the region's retention period; ratings stay for the statistics. Each region's erasure is one
 * transaction, recorded in its audit log with how many pieces of feedback it touched. Returns the total.
 */
export async function eraseExpiredFeedback(ctx: Pick<AppContext, 'db'>, now = new Date()): Promise<number> {
  let total = 0;
  for (const region of await listRetentionPeriods(ctx.db)) {
    const retentionDays = region.feedback_retention_days;
    total += await ctx.db.transaction().execute(async (trx) => {
      const count = await eraseFeedbackBefore(trx, {
        regionId: region.id,
        cutoff: new Date(now.getTime() - retentionDays * DAY_MS),
        now,
      });
      if (count > 0) {
        await insertAuditEntry(trx, {
          action: 'feedback.erased',
          regionId: region.id,
          details: { count, retentionDays },
        });
      }
      return count;
    });
  }
  return total;
}

/** Sets how long the region keeps readers' comments and contact data, recorded in the audit log. */
export async function changeRetention(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  input: RetentionSettings,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await updateRetentionDays(trx, where.region.id, input.retentionDays);
    await insertAuditEntry(trx, {
      action: 'feedback.retention-changed',
      regionId: where.region.id,
      userId: auth.user.id,
      details: { from: where.region.feedback_retention_days, to: input.retentionDays },
    });
  });
}
