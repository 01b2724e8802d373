import { z } from 'zod';

export const readabilityQuery = z.object({
  language: z
    .string()
    .min(2)
    .optional()
    .describe('German (also Easy German) or English; the region’s default language when left out.'),
});

export const pageReadabilityList = z.object({
  region: z.string(),
  language: z.string(),
  formula: z
    .enum(['amstad', 'flesch'])
    .describe('Amstad’s reading ease for German, Flesch’s for English: 0–100, higher is easier.'),
  languages: z.array(z.string()).describe('The region’s languages that can be measured.'),
  pages: z
    .array(
      z.object({
        pageId: z.number().int(),
        versionId: z.number().int().describe('The published version measured.'),
        title: z.string(),
        score: z.number().int(),
        level: z.enum(['very-easy', 'easy', 'medium', 'difficult', 'very-difficult']),
        words: z.number().int(),
        sentences: z.number().int(),
      }),
    )
    .describe('Every published page with words, the hardest first.'),
});
