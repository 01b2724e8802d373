import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

export const glossaryTermParams = z.object({
  region: z.string(),
  termId: z.coerce.number().int().positive().max(LIMITS.maxId),
});

export const glossaryTermInput = z.object({
  term: z.string().trim().min(1).max(LIMITS.glossaryTermLength),
  isDoNotTranslate: z
    .boolean()
    .default(false)
    .describe('Names of offices, programmes and the like that stay as they are in every language.'),
  translations: z
    .record(z.string().min(2), z.string().trim().max(LIMITS.glossaryTermLength))
    .default({})
    .describe('The agreed translation per language tag; empty ones are dropped.'),
  note: z.string().trim().max(LIMITS.glossaryNoteLength).default(''),
});
export type GlossaryTermInput = z.output<typeof glossaryTermInput>;

export const glossaryTermChange = glossaryTermInput.extend({
  expectedUpdatedAt: z
    .string()
    .describe('The `updatedAt` the change was made from; if someone changed the term since, 409.'),
});
export type GlossaryTermChange = z.output<typeof glossaryTermChange>;

export const glossaryTerm = z.object({
  id: z.number().int(),
  term: z.string(),
  isDoNotTranslate: z.boolean(),
  translations: z.record(z.string(), z.string()),
  note: z.string(),
  updatedAt: z.string(),
});

export const glossary = z.object({ terms: z.array(glossaryTerm) });
