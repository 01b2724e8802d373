import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

export const autosaveQuery = z.object({ language: z.string().min(2) });

/** What the editor holds at the moment: it may still be unfinished (an empty title, say). */
export const autosaveInput = z.object({
  language: z.string().min(2),
  title: z.string().max(LIMITS.titleLength),
  slug: z.string().max(LIMITS.slugLength).optional(),
  contentHtml: z.string().max(LIMITS.contentHtmlLength),
  baseVersionId: z
    .number()
    .int()
    .positive()
    .max(LIMITS.maxId)
    .nullable()
    .describe('The newest version in this language when editing began; null for the first.'),
});
export type AutosaveInput = z.output<typeof autosaveInput>;

export const autosaveSaved = z.object({ savedAt: z.string() });

export const autosave = z.object({
  language: z.string(),
  title: z.string(),
  slug: z.string().nullable(),
  contentHtml: z.string().describe('Sanitised as a version’s would be.'),
  baseVersionId: z.number().int().nullable(),
  savedAt: z.string(),
});

export const discarded = z.object({ status: z.literal('done') });
