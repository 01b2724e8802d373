import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { markedHtmlToTokens } from '../machine-translation/marked-html.ts';
import { escapeHtmlText } from '../machine-translation/providers/html-tokens.ts';
import {
  countBillableCharacters,
  MachineTranslationError,
} from '../machine-translation/providers/provider.ts';
import { releaseCharacters, reserveCharacters } from '../machine-translation/repo.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { storeCommentTranslation } from './inbox-repo.ts';
import type { FeedbackDetail } from './inbox-schema.ts';
import { findFeedbackOrThrow, loadFeedback, loadFeedbackWithNotes } from './inbox-service.ts';

/**
 * Machine-translates a reader's comment into the region's language, on a manager's request, with the
 * provider the region chose for the reader's language and within its monthly budget. The translation is
 * kept, so asking again costs nothing and calls no service.
 */
export async function translateFeedbackComment(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  feedbackId: number,
): Promise<FeedbackDetail> {
  const { region } = where;
  const feedback = await findFeedbackOrThrow(ctx, where, feedbackId);
  const source = feedback.language_tag;
  const target = region.default_language;
  if (feedback.comment === null) {
    throw new AppError('conflict', 'This feedback has no comment (or the retention period erased it).');
  }
  if (feedback.translated_comment !== null && feedback.translation_language === target) {
    return loadFeedbackWithNotes(ctx, where, feedback);
  }
  if (source === target) throw new AppError('conflict', 'The comment is in the region’s language already.');
  const provider = where.languages.find((language) => language.tag === source)?.machine_translation_provider;
  const translator = provider ? ctx.translators[provider] : undefined;
  if (!provider || !translator?.supports(source, target)) {
    throw new AppError(
      'conflict',
      `Machine translation from "${source}" into "${target}" is not set up for this region: choose a provider for the language in the region’s settings.`,
    );
  }
  const html = plainTextToHtml(feedback.comment);
  const characters = countBillableCharacters([html]);
  if (!(await reserveCharacters(ctx.db, region.id, characters))) {
    throw new AppError(
      'conflict',
      `The region’s machine translation budget for this month has not ${characters} characters left.`,
    );
  }
  let translated: string;
  try {
    [translated = ''] = await translator.translate({
      texts: [html],
      sourceLanguage: source,
      targetLanguage: target,
    });
  } catch (error) {
    await releaseCharacters(ctx.db, region.id, characters);
    if (error instanceof MachineTranslationError) {
      throw new AppError('unavailable', `The comment could not be translated: ${error.message}`);
    }
    throw error;
  }
  await ctx.db.transaction().execute(async (trx) => {
    await storeCommentTranslation(
      trx,
      { regionId: region.id, feedbackId },
      { text: htmlToPlainText(translated), language: target, provider },
    );
    await insertAuditEntry(trx, {
      action: 'feedback.translated',
      regionId: region.id,
      userId: auth.user.id,
      details: { feedbackId, from: source, to: target, provider, characters },
    });
  });
  return loadFeedback(ctx, where, feedbackId);
}

/** A plain-text comment as HTML for a provider, its line breaks kept as marked breaks. */
function plainTextToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeHtmlText(line))
    .join('<br data-c="n">');
}

/** A provider's answer back as plain text, with the comment's line breaks. */
function htmlToPlainText(html: string): string {
  return markedHtmlToTokens(html)
    .map((token) => ('text' in token ? token.text : 'placeholder' in token ? '\n' : ''))
    .join('')
    .trim();
}
