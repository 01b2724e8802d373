import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

export const searchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(LIMITS.searchQueryLength)
    .describe('What to search for.'),
});

export const searchParams = z.object({ region: z.string(), lang: z.string() });

const searchResult = z.object({
  id: z.number().int(),
  language: z.string().describe('The language of this result: the one asked for, or the default language.'),
  path: z.string(),
  title: z.string(),
  isDefaultLanguageOnly: z.boolean().describe('The page exists only in the region’s default language.'),
  snippet: z
    .array(z.object({ text: z.string(), isMatch: z.boolean() }))
    .describe('A passage of plain text in parts; parts with isMatch are to be highlighted.'),
});

export const searchResponse = z.object({
  query: z.string(),
  language: z.string(),
  results: z.array(searchResult),
});
