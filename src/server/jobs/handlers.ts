import type { AppContext } from '../context.ts';
import { passwordResetJobHandler, passwordResetJobKind } from '../auth/account-tokens.ts';
import type { Mailer } from '../mail/mailer.ts';
import { mailJobHandler, mailJobKind } from '../mail/queue-mail.ts';
import { machineTranslationJobKind } from '../machine-translation/service.ts';
import { machineTranslationJobHandler } from '../machine-translation/translate-request.ts';
import { feedbackRetentionJobHandler, feedbackRetentionJobKind } from '../feedback/retention.ts';
import {
  officialNoticeJobHandler,
  officialNoticeJobKind,
  officialWatchJobHandler,
  officialWatchJobKind,
} from '../go-live/watch-official.ts';
import { freshnessDigestHandlers, freshnessDigestJob } from '../freshness/digest.ts';
import { scheduledChangeHandlers } from '../scheduling/service.ts';
import { linkCheckJobHandlers, linkCheckRecurringJob } from '../link-check/jobs.ts';
import type { RecurringJob } from './recurring.ts';
import type { JobHandler } from './runner.ts';

/** Every kind of background job Lotse knows, with the handler that does it. */
export function jobHandlers(ctx: AppContext, mailer: Mailer): Record<string, JobHandler> {
  return {
    [mailJobKind]: mailJobHandler(mailer),
    [passwordResetJobKind]: passwordResetJobHandler(ctx),
    [machineTranslationJobKind]: machineTranslationJobHandler(ctx),
    ...scheduledChangeHandlers(ctx),
    ...freshnessDigestHandlers(ctx),
    [officialWatchJobKind]: officialWatchJobHandler(ctx),
    [officialNoticeJobKind]: officialNoticeJobHandler(ctx),
    [feedbackRetentionJobKind]: feedbackRetentionJobHandler(ctx),
    ...linkCheckJobHandlers(ctx),
  };
}

/** The jobs that run on their own, each once per period (queued by every server, run by one). */
export const recurringJobs: readonly RecurringJob[] = [
  { kind: officialWatchJobKind, period: 'daily' },
  { kind: feedbackRetentionJobKind, period: 'daily' },
  freshnessDigestJob,
  linkCheckRecurringJob,
];
