import { zipSync, strToU8 } from 'fflate';
import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { AppError } from '../errors.ts';
import { listNewestPublishedIn } from '../content/repo.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { loadTranslationMemory, pretranslate } from '../translation-memory/service.ts';
import { selectPages, translatedLanguage } from '../translations/select-pages.ts';
import { extractUnits } from '../xliff/html-units.ts';
import type { XliffExportFile } from '../xliff/model.ts';
import { writeXliff } from '../xliff/write-xliff.ts';
import type { ExportQuery } from './schema.ts';

/** A file to download. */
export interface Download {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/**
 * The chosen pages (or every outdated/missing one) of a language as XLIFF for translators: each page's
 * newest published source with its version recorded, paragraphs the translation memory knows filled in.
 * One file, or a zip with a file per page.
 */
export async function exportXliff(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  query: ExportQuery,
): Promise<Download> {
  const regionId = where.region.id;
  const { language } = query;
  const { sourceLanguage } = translatedLanguage(where, language);
  const itemIds = await selectPages(ctx, where, {
    language,
    pageIds: query.pages?.split(',').map(Number),
    states: query.states?.split(',') as ('missing' | 'outdated')[] | undefined,
  });
  const sources = await listNewestPublishedIn(ctx.db, { regionId, language: sourceLanguage, itemIds });
  if (sources.length === 0) {
    throw new AppError('not_found', 'None of these pages has a published source text to translate.');
  }
  const memory = await loadTranslationMemory(ctx, { regionId, sourceLanguage, targetLanguage: language });
  const files: XliffExportFile[] = sources.map((source) => {
    const known = pretranslate(memory, { title: source.title, html: source.content_html });
    return {
      pageId: source.item_id,
      sourceVersionId: source.id,
      note: source.title,
      title: { source: source.title, ...(known.title ? { target: known.title } : {}) },
      units: extractUnits(source.content_html).map((unit) => {
        const remembered = known.targets.get(unit.id);
        return remembered ? { unit, target: remembered } : { unit };
      }),
    };
  });
  await insertAuditEntry(ctx.db, {
    action: 'translation.xliff-exported',
    regionId,
    userId: auth.user.id,
    details: { language, version: query.version, pages: files.map((file) => file.pageId) },
  });
  const document = (chosen: XliffExportFile[]) =>
    writeXliff({ version: query.version, sourceLanguage, targetLanguage: language, files: chosen });
  const baseName = `${where.region.slug}-${sourceLanguage}-${language}-${new Date().toISOString().slice(0, 10)}`;
  if (query.packaging === 'file') {
    return {
      fileName: `${baseName}.xlf`,
      contentType: 'application/xliff+xml; charset=utf-8',
      body: Buffer.from(document(files), 'utf8'),
    };
  }
  const entries = Object.fromEntries(
    files.map((file) => [`page-${file.pageId}.xlf`, strToU8(document([file]))]),
  );
  return { fileName: `${baseName}.zip`, contentType: 'application/zip', body: Buffer.from(zipSync(entries)) };
}
