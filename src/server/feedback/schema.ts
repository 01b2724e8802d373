import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must have at most ${max} characters`)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** Feedback as a reader sends it; no personal data is required. */
export const feedbackInput = z
  .object({
    targetType: z.enum(['page', 'search', 'region']),
    targetId: z.coerce.number().int().positive().max(LIMITS.maxId).optional(),
    searchQuery: optionalText(LIMITS.searchQueryLength),
    rating: z.enum(['helpful', 'not-helpful']).optional(),
    comment: optionalText(LIMITS.feedbackCommentLength),
    contact: optionalText(LIMITS.feedbackContactLength),
    /** A field people do not see; software that fills in every field gives itself away. */
    website: z.string().max(500).optional(),
  })
  .superRefine((feedback, context) => {
    if (feedback.targetType === 'page' && feedback.targetId === undefined) {
      context.addIssue({ code: 'custom', path: ['targetId'], message: 'feedback on a page names the page' });
    }
    if (feedback.rating === undefined && !feedback.comment) {
      context.addIssue({ code: 'custom', path: ['rating'], message: 'give a rating or a comment' });
    }
  });

export type FeedbackInput = z.output<typeof feedbackInput>;

export const feedbackParams = z.object({ region: z.string(), lang: z.string() });

export const feedbackReceived = z.object({ status: z.literal('received') });
