import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';

export const exportQuery = z
  .object({
    language: z.string().min(2).describe('The target language.'),
    version: z.enum(['1.2', '2.0']).default('2.0'),
    pages: z
      .string()
      .regex(/^\d+(,\d+)*$/, 'must be page ids separated by commas')
      .optional()
      .describe('These pages (comma-separated ids); or, without them, every page in one of `states`.'),
    states: z
      .string()
      .regex(/^(missing|outdated)(,(missing|outdated))?$/, 'must be "outdated", "missing" or both')
      .optional(),
    packaging: z.enum(['file', 'zip']).default('file').describe('One file, or a zip with a file per page.'),
  })
  .refine((query) => (query.pages === undefined) !== (query.states === undefined), {
    message: 'give either pages or states',
    path: ['pages'],
  });
export type ExportQuery = z.output<typeof exportQuery>;

export const importQuery = z.object({
  isPreview: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true')
    .describe('true (default): only check and show what the import would do; false: create the versions.'),
  status: z
    .enum(['draft', 'review', 'published'])
    .default('draft')
    .describe('What the new versions become (publishing needs the right to publish).'),
});

export const xliffBytes = z.instanceof(Buffer, {
  message: 'send the XLIFF file (or a zip of them) as the body',
});

const pagePreview = z.object({
  pageId: z.number().int(),
  title: z.string().describe('The translated title (the source title when the file has none).'),
  contentHtml: z.string().describe('The translated text as it would be saved (sanitised).'),
  sourceVersionId: z.number().int(),
  translatedUnits: z.number().int(),
  untranslatedUnits: z.array(z.string()),
  sourceChange: z
    .object({ before: z.string(), after: z.string(), currentVersionId: z.number().int() })
    .nullable()
    .describe('When the source was changed since the export: its text then and now.'),
  warnings: z.array(z.string()),
  createdVersionId: z.number().int().nullable(),
});

export const importOutcome = z.object({
  version: z.enum(['1.2', '2.0']),
  sourceLanguage: z.string(),
  targetLanguage: z.string(),
  isPreview: z.boolean(),
  pages: z.array(pagePreview),
});

export const maxImportBytes = 20 * 1024 * 1024;
export const maxZipEntries = Math.min(LIMITS.maxId, 2000);
