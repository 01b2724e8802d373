import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { Mail } from '../mail/mailer.ts';
import { queueMail } from '../mail/queue-mail.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { insertFeedbackNote, type InboxRow } from './inbox-repo.ts';
import { isEmailAddress, type FeedbackDetail } from './inbox-schema.ts';
import { findFeedbackOrThrow, loadFeedbackWithNotes } from './inbox-service.ts';

/**
 * Answers a reader by e-mail, at the address they left with their feedback, in the region's name. The reply
 * is kept with the feedback (who, when, what) and recorded in the audit log; it is refused when the reader
 * left no e-mail address.
 */
export async function replyToFeedback(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  options: { feedbackId: number; text: string },
): Promise<FeedbackDetail> {
  const { region } = where;
  const feedback = await findFeedbackOrThrow(ctx, where, options.feedbackId);
  const contact = feedback.contact;
  if (contact === null) {
    throw new AppError('conflict', 'The reader left no contact address: there is nobody to reply to.');
  }
  if (!isEmailAddress(contact)) {
    throw new AppError(
      'conflict',
      'The reader’s contact is not an e-mail address, so Lotse cannot reply by e-mail. Use the contact they gave yourself.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertFeedbackNote(trx, {
      region_id: region.id,
      feedback_id: feedback.id,
      kind: 'reply',
      text: options.text,
      author_id: auth.user.id,
    });
    await queueMail(trx, replyMail({ regionName: region.name, to: contact, feedback, text: options.text }));
    await insertAuditEntry(trx, {
      action: 'feedback.replied',
      regionId: region.id,
      userId: auth.user.id,
      details: { feedbackId: feedback.id },
    });
  });
  return loadFeedbackWithNotes(ctx, where, feedback);
}

/** The reply as an e-mail: the text, signed with the region's name, and what the reader wrote, quoted. */
function replyMail(options: { regionName: string; to: string; feedback: InboxRow; text: string }): Mail {
  const { regionName, feedback } = options;
  const date = feedback.created_at.toISOString().slice(0, 10);
  const quoted = feedback.comment
    ? `\n\nIhre Rückmeldung vom ${date} / Your feedback of ${date}:\n` +
      feedback.comment
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')
    : '';
  return {
    to: options.to.trim(),
    subject: `${regionName}: Antwort auf Ihre Rückmeldung / Reply to your feedback`,
    text: `${options.text}\n\n-- \n${regionName}${quoted}\n`,
  };
}
