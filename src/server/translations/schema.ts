import { z } from 'zod';
import { TRANSLATION_PROGRESS, type TranslationProgress } from '../../shared/translation-state.ts';

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

/** What is left to do in a language, most urgent first: a published text that no longer says what the source says. */
export const taskState = z.enum(['outdated', 'machine-translated', 'in-translation', 'missing']);
export type TaskState = z.output<typeof taskState>;

export const tasksQuery = z.object({
  language: z.string().min(2).optional().describe('Only this one of your languages.'),
});

export const translationTasks = z.object({
  region: z.string(),
  languages: z
    .array(z.object({ tag: z.string(), counts: z.record(taskState, z.number().int()) }))
    .describe('The languages you translate in this region, with how many pages wait in each state.'),
  tasks: z
    .array(
      z.object({
        pageId: z.number().int(),
        language: z.string(),
        state: taskState,
        sourceLanguage: z.string(),
        sourceTitle: z.string().nullable().describe('The newest title in the source language.'),
        title: z.string().nullable().describe('The newest title in this language, if there is one.'),
      }),
    )
    .describe('Outdated first, then machine translations awaiting review, work in progress, missing.'),
});
export type TranslationTasks = z.output<typeof translationTasks>;
