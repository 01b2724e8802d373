import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import type { JobHandler } from '../jobs/runner.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import type { RetentionSettings } from './inbox-schema.ts';
import { eraseFeedbackPastRetention, updateRetentionDays } from './retention-repo.ts';

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
 * of feedback older than the region's retention period; ratings stay for the statistics. One transaction
 * for all regions; each region's audit log records how many pieces of feedback it touched. Returns the total.
 */
export async function eraseExpiredFeedback(ctx: Pick<AppContext, 'db'>, now = new Date()): Promise<number> {
  return ctx.db.transaction().execute(async (trx) => {
    const erased = await eraseFeedbackPastRetention(trx, now);
    for (const { regionId, retentionDays, count } of erased) {
      await insertAuditEntry(trx, { action: 'feedback.erased', regionId, details: { count, retentionDays } });
    }
    return erased.reduce((total, region) => total + region.count, 0);
  });
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
