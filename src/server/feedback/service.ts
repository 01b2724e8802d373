import type { AppContext } from '../context.ts';
import { AppError, invalidInput } from '../errors.ts';
import { getPublicLanguageContent } from '../pages/service.ts';
import type { PublicRegion } from '../regions/service.ts';
import { insertFeedback } from './repo.ts';
import type { FeedbackInput } from './schema.ts';

/**
 * Stores a reader's feedback on a public page, a search or the region. Rate-limited per client; feedback
 * that filled the hidden field is accepted silently and thrown away.
 */
export async function submitFeedback(
  ctx: AppContext,
  publicRegion: PublicRegion,
  options: { language: string; client: string; feedback: FeedbackInput },
): Promise<{ isStored: boolean }> {
  const { feedback } = options;
  const content = await getPublicLanguageContent(ctx, publicRegion, options.language);
  const decision = ctx.rateLimits.feedback.take(options.client);
  if (!decision.isAllowed) {
    throw new AppError('rate_limited', 'Too much feedback from this connection. Please try again later.', {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }
  if (feedback.website) return { isStored: false };
  if (feedback.targetType === 'page' && !content.byId.has(feedback.targetId ?? -1)) {
    throw invalidInput([
      { field: 'targetId', message: 'is not a public page of this region in this language' },
    ]);
  }
  await insertFeedback(ctx.db, {
    region_id: publicRegion.region.id,
    language_tag: options.language,
    target_type: feedback.targetType,
    target_id: feedback.targetType === 'page' ? (feedback.targetId ?? null) : null,
    search_query: feedback.searchQuery ?? null,
    is_helpful: feedback.rating === undefined ? null : feedback.rating === 'helpful',
    comment: feedback.comment ?? null,
    contact: feedback.contact ?? null,
  });
  return { isStored: true };
}
