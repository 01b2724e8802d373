import { z } from 'zod';
import { TRANSLATION_PROGRESS, type TranslationProgress } from '../../shared/translation-state.ts';

export const overviewParams = z.object({ region: z.string() });

const progress = z.enum(TRANSLATION_PROGRESS as [TranslationProgress, ...TranslationProgress[]]);

export const overviewQuery = z.object({
  language: z
    .string()
    .min(2)
    .optional()
    .describe(
      'With `state`: only pages in that state in this language (default: the region’s default language).',
    ),
  state: progress.optional(),
});

export const translationOverview = z.object({
  region: z.string(),
  defaultLanguage: z.string(),
  languages: z.array(
    z.object({
      tag: z.string(),
      source: z.string().nullable(),
      counts: z.record(progress, z.number().int()),
      upToDatePercent: z.number().int().describe('Share of all (not archived) pages that are up to date.'),
    }),
  ),
  items: z.array(
    z.object({
      pageId: z.number().int(),
      title: z.string().nullable(),
      states: z.record(z.string(), progress),
    }),
  ),
});
export type TranslationOverview = z.output<typeof translationOverview>;
