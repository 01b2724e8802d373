import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

export const batchParams = z.object({
  region: z.string(),
  batchId: z.coerce.number().int().positive().max(LIMITS.maxId),
});

const provider = z.enum(['deepl', 'libretranslate']);

export const machineTranslationSettings = z.object({
  monthlyCharacters: z
    .number()
    .int()
    .min(0)
    .max(LIMITS.machineTranslationMonthlyCharacters)
    .describe('Characters the region may send to providers per calendar month (UTC); 0 turns it off.'),
  languages: z.array(
    z.object({
      tag: z.string().min(2),
      provider: provider.nullable().describe('Who translates into this language; null: nobody.'),
      formality: z
        .enum(['more', 'less'])
        .nullable()
        .describe('Formal or informal address, where the provider can.'),
      mayPublishDirectly: z
        .boolean()
        .describe('Publish machine translations into this language without a person’s review.'),
    }),
  ),
});
export type MachineTranslationSettings = z.output<typeof machineTranslationSettings>;

export const machineTranslationRequest = z
  .object({
    language: z.string().min(2),
    pageIds: z
      .array(z.number().int().positive().max(LIMITS.maxId))
      .max(5000)
      .optional()
      .describe('These pages; or, without them, every page in one of `states`.'),
    states: z
      .array(z.enum(['missing', 'outdated']))
      .min(1)
      .optional()
      .describe('Without `pageIds`: every page whose translation is in one of these states.'),
    isEstimateOnly: z
      .boolean()
      .default(false)
      .describe('Only say what it would translate and cost; nothing is queued or sent.'),
  })
  .refine((input) => (input.pageIds === undefined) !== (input.states === undefined), {
    message: 'give either pageIds or states',
    path: ['pageIds'],
  });
export type MachineTranslationRequest = z.output<typeof machineTranslationRequest>;

const budget = z.object({
  monthlyCharacters: z.number().int(),
  usedThisMonth: z.number().int(),
  queued: z.number().int().describe('Estimated characters of requests still waiting.'),
  remaining: z.number().int(),
});

const batchSummary = z.object({
  id: z.number().int(),
  language: z.string(),
  createdAt: z.string(),
  total: z.number().int(),
  queued: z.number().int(),
  done: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  characters: z.number().int(),
});

export const machineTranslationStatus = z.object({
  budget,
  providers: z.object({ deepl: z.boolean(), libretranslate: z.boolean() }).describe('Which are set up.'),
  languages: z.array(
    z.object({
      tag: z.string(),
      source: z.string().nullable(),
      provider: provider.nullable(),
      formality: z.enum(['more', 'less']).nullable(),
      mayPublishDirectly: z.boolean(),
      isAvailable: z.boolean().describe('A provider is chosen, set up, and can translate from the source.'),
    }),
  ),
  batches: z.array(batchSummary),
});

export const requestOutcome = z.object({
  batchId: z.number().int().nullable().describe('Null for an estimate, or when nothing was queued.'),
  queued: z.array(z.object({ pageId: z.number().int(), characters: z.number().int() })),
  leftOut: z.array(
    z.object({
      pageId: z.number().int(),
      reason: z.enum(['no-source', 'translated-already', 'person-working', 'up-to-date']),
    }),
  ),
  characters: z.number().int().describe('Estimated characters to send (memory matches cost nothing).'),
  memoryUnits: z.number().int().describe('Paragraphs taken from the translation memory.'),
  budget,
});

export const batch = batchSummary.extend({
  items: z.array(
    z.object({
      id: z.number().int(),
      pageId: z.number().int(),
      status: z.enum(['queued', 'done', 'skipped', 'failed']),
      reason: z.string().nullable(),
      characters: z.number().int(),
      memoryUnits: z.number().int(),
      resultVersionId: z.number().int().nullable(),
    }),
  ),
});
