import type { AppContext } from '../context.ts';
import { passwordResetJobHandler, passwordResetJobKind } from '../auth/account-tokens.ts';
import type { Mailer } from '../mail/mailer.ts';
import { mailJobHandler, mailJobKind } from '../mail/queue-mail.ts';
import { machineTranslationJobKind } from '../machine-translation/service.ts';
import { machineTranslationJobHandler } from '../machine-translation/translate-request.ts';
import { scheduledChangeHandlers } from '../scheduling/service.ts';
import type { JobHandler } from './runner.ts';

/** Every kind of background job Lotse knows, with the handler that does it. */
export function jobHandlers(ctx: AppContext, mailer: Mailer): Record<string, JobHandler> {
  return {
    [mailJobKind]: mailJobHandler(mailer),
    [passwordResetJobKind]: passwordResetJobHandler(ctx),
    [machineTranslationJobKind]: machineTranslationJobHandler(ctx),
    ...scheduledChangeHandlers(ctx),
  };
}
