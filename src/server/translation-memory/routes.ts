import { z } from 'zod';
import { requireAuth } from '../auth/request-auth.ts';
import type { AppContext } from '../context.ts';
import { listNewestPublishedIn } from '../content/repo.ts';
import { AppError } from '../errors.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { pageParams } from '../page-editing/schema.ts';
import { translatedLanguage } from '../translations/select-pages.ts';
import { loadTranslationMemory, pretranslate, pretranslatedHtml } from './service.ts';

const memoryQuery = z.object({ language: z.string().min(2).describe('The language to translate into.') });

const memoryFill = z.object({
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

/** The translation memory as the editor offers it: a page's source, pre-filled with what the region knows. */
export function translationMemoryRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/pages/{pageId}/memory',
      operationId: 'getMemoryFill',
      summary:
        'The page’s published source text with the paragraphs already translated in the region put in, to start a translation from',
      tag: 'translations',
      params: pageParams,
      query: memoryQuery,
      response: memoryFill,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found', 'conflict'],
      handle: async ({ params, query, request }) => {
        const where = await accessRegion(
          ctx,
          await requireAuth(ctx, request),
          params.region,
          'page.translate',
          {
            language: query.language,
          },
        );
        const { sourceLanguage } = translatedLanguage(where, query.language);
        const regionId = where.region.id;
        const [source] = await listNewestPublishedIn(ctx.db, {
          regionId,
          language: sourceLanguage,
          itemIds: [params.pageId],
        });
        if (!source) {
          throw new AppError(
            'conflict',
            `The page has no published text in "${sourceLanguage}" to translate from.`,
          );
        }
        const memory = await loadTranslationMemory(ctx, {
          regionId,
          sourceLanguage,
          targetLanguage: query.language,
        });
        const known = pretranslate(memory, { title: source.title, html: source.content_html });
        return {
          sourceLanguage,
          sourceVersionId: source.id,
          title: known.title ?? null,
          contentHtml: pretranslatedHtml(source.content_html, known),
          unitCount: known.unitCount,
          memoryUnits: known.memoryUnits,
          humanMemoryUnits: known.humanMemoryUnits,
        };
      },
    }),
  ];
}
