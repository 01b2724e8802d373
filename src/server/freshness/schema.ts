import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import { DUE_SOON_DAYS } from './review-dates.ts';

export const freshnessQuery = z.object({
  language: z.string().min(2).optional().describe('Only texts in this language.'),
});

export const reviewInput = z.object({
  language: z.string().min(2).describe('The language of the published text that is still correct.'),
  note: z
    .string()
    .trim()
    .max(LIMITS.reviewNoteLength)
    .default('')
    .describe('What was checked, for the next reviewer (optional).'),
});
export type ReviewInput = z.output<typeof reviewInput>;

const calendarDate = z.string().describe('A date in the region’s time zone, YYYY-MM-DD.');

export const freshnessItem = z.object({
  pageId: z.number().int(),
  language: z.string(),
  title: z.string(),
  versionId: z.number().int().describe('The published version the dates are about.'),
  lastCheck: z
    .object({
      kind: z.enum(['published', 'approved', 'confirmed']),
      at: z.string(),
      by: z
        .string()
        .nullable()
        .describe('Who wrote, approved or confirmed it; null once their account is gone.'),
      note: z.string(),
    })
    .describe('When a person last looked at the text: publication, approval in review, or "still correct".'),
  reviewBy: calendarDate,
  daysLeft: z.number().int().describe('Days until the review-by date; negative when overdue.'),
  status: z.enum(['overdue', 'due-soon', 'current']),
});

export const freshnessOverview = z.object({
  region: z.string(),
  intervalMonths: z.number().int().describe('The region’s review interval.'),
  today: calendarDate,
  languages: z.array(z.string()).describe('The languages that have texts written in them, for a filter.'),
  dueSoonDays: z.literal(DUE_SOON_DAYS),
  counts: z.object({
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    current: z.number().int(),
  }),
  items: z
    .array(freshnessItem)
    .describe(
      'The overdue texts and those due soon, the most overdue first; texts still current are only counted.',
    ),
});
