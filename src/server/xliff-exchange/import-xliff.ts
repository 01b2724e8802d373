import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import {
  listNewestPublishedIn,
  listNewestVersions,
  listVersionsById,
  type VersionRow,
} from '../content/repo.ts';
import { sanitizeContentHtml } from '../content/sanitize-html.ts';
import { ensureAllowed, type WorkspaceRegion } from '../page-editing/access.ts';
import { listPages } from '../pages/repo.ts';
import { savePageVersion } from '../pages/service.ts';
import { mergeTranslations } from '../xliff/html-units.ts';
import type { XliffImport, XliffImportFile } from '../xliff/model.ts';
import { XliffError } from '../xliff/read-xliff.ts';
import { LIMITS } from '../../shared/limits.ts';
import { readUpload } from './read-upload.ts';

const actionFor = { draft: 'page.write-draft', review: 'page.submit', published: 'page.publish' } as const;

/**
 * Imports translated XLIFF: checks it against the region (languages, pages, source versions, unit ids —
 * every problem listed), shows per page what would be saved and what to look out for (the source changed
 * since the export, untranslated paragraphs, newer work in the language), and — when it is not a preview —
 * saves each page as a new version made from the exported source version. Nothing is replaced: earlier
 * versions stay in the history.
 */
export async function importXliff(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  upload: { bytes: Buffer; isPreview: boolean; status: 'draft' | 'review' | 'published' },
) {
  const documents = readUpload(upload.bytes);
  const [first] = documents;
  if (!first) throw new XliffError(['The upload contains no XLIFF document.']);
  const { sourceLanguage, targetLanguage } = first;
  checkLanguages(where, documents, { sourceLanguage, targetLanguage });
  ensureAllowed(where.actor, 'page.translate', {
    language: targetLanguage,
    defaultLanguage: where.region.default_language,
  });
  const files = documents.flatMap((document) => document.files);
  const itemIds = files.map((file) => file.pageId).filter(isKnownId);
  const regionId = where.region.id;
  const currentSources = byItem(
    await listNewestPublishedIn(ctx.db, { regionId, language: sourceLanguage, itemIds }),
  );
  const newestTranslations = byItem(
    await listNewestVersions(ctx.db, { regionId, language: targetLanguage, itemIds }),
  );
  const pageIds = new Set((await listPages(ctx.db, regionId)).map((page) => page.id));
  const exportedSources = new Map(
    (
      await listVersionsById(ctx.db, {
        regionId,
        versionIds: files.map((file) => file.sourceVersionId).filter(isKnownId),
      })
    ).map((version) => [version.id, version]),
  );
  const problems: string[] = [];
  const previews = [];
  for (const file of files) {
    const preview = previewPage(
      {
        file,
        sourceLanguage,
        isPage: pageIds.has(file.pageId),
        exportedSource: exportedSources.get(file.sourceVersionId),
        currentSource: currentSources.get(file.pageId),
        newest: newestTranslations.get(file.pageId),
      },
      problems,
    );
    if (preview) previews.push(preview);
  }
  if (problems.length > 0) throw new XliffError(problems);
  if (!upload.isPreview) {
    ensureAllowed(where.actor, actionFor[upload.status], {
      language: targetLanguage,
      defaultLanguage: where.region.default_language,
    });
    for (const preview of previews) {
      const version = await savePageVersion(
        ctx,
        { regionId: where.region.id, pageId: preview.pageId },
        {
          language: targetLanguage,
          title: preview.title,
          contentHtml: preview.contentHtml,
          status: upload.status,
          authorId: auth.user.id,
          source: { language: sourceLanguage, versionId: preview.sourceVersionId },
        },
      );
      preview.createdVersionId = version.id;
    }
    await insertAuditEntry(ctx.db, {
      action: 'translation.xliff-imported',
      regionId: where.region.id,
      userId: auth.user.id,
      details: {
        language: targetLanguage,
        status: upload.status,
        versions: previews.map((preview) => preview.createdVersionId),
      },
    });
  }
  return {
    version: first.version,
    sourceLanguage,
    targetLanguage,
    isPreview: upload.isPreview,
    pages: previews,
  };
}

function checkLanguages(
  where: WorkspaceRegion,
  documents: XliffImport[],
  expected: { sourceLanguage: string; targetLanguage: string },
): void {
  const problems: string[] = [];
  if (
    documents.some(
      (d) => d.targetLanguage !== expected.targetLanguage || d.sourceLanguage !== expected.sourceLanguage,
    )
  ) {
    problems.push('The files are for different languages; import one language at a time.');
  }
  const target = where.languages.find((language) => language.tag === expected.targetLanguage);
  if (!target) problems.push(`The region has no language "${expected.targetLanguage}".`);
  else if (target.source_language_tag !== expected.sourceLanguage) {
    problems.push(
      `"${expected.targetLanguage}" is translated from "${target.source_language_tag ?? 'nothing'}" here, not from "${expected.sourceLanguage}".`,
    );
  }
  if (problems.length > 0) throw new XliffError(problems);
}

/** Whether an id from the file can be an id in the database at all. */
function isKnownId(id: number): boolean {
  return id <= LIMITS.maxId;
}

function previewPage(
  options: {
    file: XliffImportFile;
    sourceLanguage: string;
    /** Whether the file's page is a page of the region. */
    isPage: boolean;
    /** The source version the file was exported from, if it is one of the region's. */
    exportedSource: VersionRow | undefined;
    /** The source's newest published version now, and the translation's newest version. */
    currentSource: { id: number; content_html: string } | undefined;
    newest: { status: string; title: string } | undefined;
  },
  problems: string[],
) {
  const { file, sourceLanguage, currentSource, newest } = options;
  const pageId = file.pageId;
  if (!options.isPage) {
    problems.push(`Page ${pageId} is not a page of this region.`);
    return undefined;
  }
  const source = options.exportedSource;
  if (!source || source.item_id !== pageId || source.language_tag !== sourceLanguage) {
    problems.push(
      `Page ${pageId}: version ${file.sourceVersionId} is not a "${sourceLanguage}" version of it.`,
    );
    return undefined;
  }
  const targets = new Map(
    file.units.flatMap((unit) => (unit.target ? [[unit.id, unit.target] as const] : [])),
  );
  const merged = mergeTranslations(source.content_html, targets);
  for (const id of merged.unknownUnitIds) {
    problems.push(`Page ${pageId}: the file has a unit "${id}" that its source version does not have.`);
  }
  const warnings: string[] = [];
  if (merged.unknownCodes.length > 0) {
    warnings.push(`${merged.unknownCodes.length} inline codes unknown to the source were left out.`);
  }
  if (merged.missingUnitIds.length > 0) {
    warnings.push(
      `${merged.missingUnitIds.length} paragraphs are not translated; they keep the source text.`,
    );
  }
  const isSourceChanged = currentSource !== undefined && currentSource.id !== source.id;
  if (isSourceChanged) {
    warnings.push('The source was changed after the export; the translation stays marked outdated.');
  }
  if (newest && newest.status !== 'published') {
    warnings.push('There is newer unpublished work in this language; it stays in the history.');
  }
  const title = file.title?.target?.trim() || newest?.title || source.title;
  if (!file.title?.target?.trim()) warnings.push('The title is not translated.');
  return {
    pageId,
    title,
    contentHtml: sanitizeContentHtml(merged.html),
    sourceVersionId: source.id,
    translatedUnits: targets.size - merged.unknownUnitIds.length,
    untranslatedUnits: merged.missingUnitIds,
    sourceChange:
      isSourceChanged && currentSource
        ? {
            before: source.content_html,
            after: currentSource.content_html,
            currentVersionId: currentSource.id,
          }
        : null,
    warnings,
    createdVersionId: null as number | null,
  };
}

function byItem<T extends { item_id: number }>(rows: T[]): Map<number, T> {
  return new Map(rows.map((row) => [row.item_id, row]));
}
