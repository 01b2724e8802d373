import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

/** What a new version of a content item says. The HTML is sanitised before it is stored. */
export const newVersionInput = z.object({
  language: z.string().min(2),
  title: z.string().trim().min(1, 'must not be empty').max(LIMITS.titleLength),
  slug: z.string().max(LIMITS.slugLength).optional(),
  contentHtml: z.string().max(LIMITS.contentHtmlLength),
  status: z.enum(['draft', 'review', 'published']),
  isMinor: z.boolean().default(false),
  isMachineTranslated: z.boolean().default(false),
  authorId: z.number().int().positive().max(LIMITS.maxId).nullable().default(null),
  source: z
    .object({ language: z.string().min(2), versionId: z.number().int().positive().max(LIMITS.maxId) })
    .nullable()
    .default(null),
});

export type NewVersionInput = z.input<typeof newVersionInput>;
