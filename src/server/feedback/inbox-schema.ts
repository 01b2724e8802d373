import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { regionParams } from '../regions/schema.ts';

const id = z.coerce.number().int().positive().max(LIMITS.maxId);
const statuses = ['new', 'in-progress', 'done', 'spam'] as const;

export const feedbackParams = regionParams.extend({ feedbackId: id });

/** The inbox's filters; every one is optional, and they combine. */
export const inboxQuery = z.object({
  status: z
    .enum([...statuses, 'open'])
    .optional()
    .describe('One status, or "open" for new and in progress.'),
  language: z.string().min(2).max(35).optional().describe('The reader’s language tag.'),
  kind: z.enum(['page', 'search', 'region']).optional(),
  rating: z.enum(['helpful', 'not-helpful', 'none']).optional(),
  assigned: z.enum(['me', 'unassigned']).optional(),
  hasComment: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
  before: id.optional().describe('Only feedback older than this id (the next page of the list).'),
  limit: z.coerce.number().int().min(1).max(LIMITS.feedbackInboxMaxItems).default(50),
});
export type InboxQuery = z.output<typeof inboxQuery>;

export const feedbackChange = z
  .object({
    status: z.enum(statuses).optional(),
    assignedTo: z
      .number()
      .int()
      .positive()
      .max(LIMITS.maxId)
      .nullable()
      .optional()
      .describe('A region manager; null takes the assignment away.'),
  })
  .refine((change) => change.status !== undefined || change.assignedTo !== undefined, {
    message: 'change the status or the assignment',
  });
export type FeedbackChange = z.output<typeof feedbackChange>;

const emailAddress = z.email().max(LIMITS.emailLength);

/** Whether a reader's contact is an e-mail address (they may also have left a phone number, or anything). */
export function isEmailAddress(contact: string | null): contact is string {
  return contact !== null && emailAddress.safeParse(contact.trim()).success;
}

export const noteInput = z.object({ text: z.string().trim().min(1).max(LIMITS.feedbackNoteLength) });

export const replyInput = z.object({
  text: z.string().trim().min(1, 'write the reply').max(LIMITS.feedbackReplyLength),
});

export const retentionSettings = z.object({
  retentionDays: z
    .number()
    .int()
    .min(1)
    .max(LIMITS.feedbackRetentionMaxDays)
    .describe(
      'After how many days readers’ comments, contact data and search words are erased ' +
        `(${LIMITS.feedbackRetentionDefaultDays} unless the region sets it).`,
    ),
});
export type RetentionSettings = z.output<typeof retentionSettings>;

const person = z.object({ userId: z.number().int(), name: z.string(), email: z.string() });

const translation = z.object({
  text: z.string(),
  language: z.string(),
  provider: z.enum(['deepl', 'libretranslate']),
});

export const feedbackItem = z.object({
  id: z.number().int(),
  kind: z.enum(['page', 'search', 'region']),
  pageId: z.number().int().nullable(),
  pageTitle: z
    .string()
    .nullable()
    .describe('In the region’s language, else the newest title in any language.'),
  searchQuery: z.string().nullable(),
  language: z.string(),
  rating: z.enum(['helpful', 'not-helpful']).nullable(),
  comment: z.string().nullable(),
  contact: z.string().nullable(),
  hasEmailContact: z.boolean().describe('Whether a reply by e-mail is possible.'),
  status: z.enum(statuses),
  assignedTo: person.nullable(),
  translation: translation.nullable(),
  isErased: z.boolean().describe('The retention period erased the comment, contact and search words.'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FeedbackItem = z.output<typeof feedbackItem>;

export const feedbackNote = z.object({
  id: z.number().int(),
  kind: z.enum(['note', 'reply']),
  text: z.string().nullable().describe('null once the retention period erased a reply.'),
  author: person.nullable(),
  createdAt: z.string(),
});
export type FeedbackNote = z.output<typeof feedbackNote>;

export const feedbackDetail = feedbackItem.extend({ notes: z.array(feedbackNote) });
export type FeedbackDetail = z.output<typeof feedbackDetail>;

export const inbox = z.object({
  items: z.array(feedbackItem).describe('Newest first.'),
  hasMore: z.boolean(),
  languages: z.array(z.string()).describe('The region’s languages, for the language filter.'),
  defaultLanguage: z.string().describe('The language comments are translated into.'),
  assignees: z.array(person).describe('Who feedback may be assigned to: the region managers.'),
  retentionDays: z.number().int(),
});
export type Inbox = z.output<typeof inbox>;

export const feedbackStatistics = z.object({
  pages: z
    .array(
      z.object({
        pageId: z.number().int(),
        title: z.string().nullable(),
        helpful: z.number().int(),
        notHelpful: z.number().int(),
        helpfulShare: z.number().describe('helpful / (helpful + not helpful), from 0 to 1.'),
      }),
    )
    .describe('Pages with ratings, least helpful first.'),
  searches: z
    .array(
      z.object({
        query: z.string(),
        language: z.string(),
        count: z.number().int(),
        lastAt: z.string(),
      }),
    )
    .describe('Searches readers said found nothing, most frequent first.'),
});
export type FeedbackStatistics = z.output<typeof feedbackStatistics>;
