import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

/** What a review notification says about the version: where the workspace opens it, and its title. */
export const reviewRequestedDetails = z.object({
  pageId: z.number().int(),
  language: z.string().describe('Language tag of the version, as in the editor’s address.'),
  versionId: z.number().int(),
  title: z.string(),
});
export type ReviewRequestedDetails = z.output<typeof reviewRequestedDetails>;

/** A review decision: the version, how it was decided, and the reviewer's comment. */
export const reviewDecidedDetails = reviewRequestedDetails.extend({
  decision: z.enum(['approved', 'sent-back']),
  isApproved: z.boolean(),
  comment: z.string().describe('Empty when the reviewer wrote none.'),
});
export type ReviewDecidedDetails = z.output<typeof reviewDecidedDetails>;

/** A published change of the source outdated a translation in one of the translator's languages. */
export const translationOutdatedDetails = z.object({
  pageId: z.number().int(),
  language: z.string().describe('The outdated translation’s language.'),
  title: z.string().describe('The title of the source version that changed.'),
  sourceLanguage: z.string(),
  sourceVersionId: z.number().int(),
});
export type TranslationOutdatedDetails = z.output<typeof translationOutdatedDetails>;

/** A region lost its responsible official; after `graceDays` the public app shows a notice. */
export const officialMissingDetails = z.object({ graceDays: z.number().int() });

export const notificationList = z.object({
  notifications: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['review.requested', 'review.decided', 'translation.outdated', 'region.official-missing']),
      region: z.string(),
      details: z
        .union([
          reviewDecidedDetails,
          reviewRequestedDetails,
          translationOutdatedDetails,
          officialMissingDetails,
        ])
        .describe(
          '`review.requested`: pageId, language, versionId, title; `review.decided` adds decision, isApproved ' +
            'and comment. Notifications stored before language and decision were recorded may lack them. ' +
            '`translation.outdated`: pageId, language (the outdated one), title, sourceLanguage, sourceVersionId. ' +
            '`region.official-missing`: graceDays.',
        ),
      createdAt: z.string(),
      isRead: z.boolean(),
    }),
  ),
});

export const readInput = z.object({
  ids: z.array(z.number().int().positive().max(LIMITS.maxId)).max(500),
});
