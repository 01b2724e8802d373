import { z } from 'zod';

export const memoryQuery = z.object({
  language: z.string().min(2).describe('The language to translate into.'),
});

export const memoryFill = z.object({
  sourceLanguage: z.string(),
  sourceVersionId: z.number().int().describe('The published source version the text was filled from.'),
  title: z.string().nullable().describe('The title from the memory; null when it does not know it.'),
  contentHtml: z
    .string()
    .describe(
      'The source text with every paragraph the memory knows translated; the others stay as they are.',
    ),
  unitCount: z.number().int().describe('Paragraphs and the title of the source.'),
  memoryUnits: z.number().int().describe('Of those, how many the memory knows.'),
  humanMemoryUnits: z.number().int().describe('Of those, how many a person translated.'),
});
export type MemoryFill = z.output<typeof memoryFill>;
