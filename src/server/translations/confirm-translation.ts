import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { AppError } from '../errors.ts';
import { ensureAllowed, type WorkspaceRegion } from '../page-editing/access.ts';
import { listNewestPublishedIn } from '../content/repo.ts';
import { listVersions } from '../page-editing/repo.ts';
import { savePageVersion, VersionConflictError } from '../pages/service.ts';
import { newestPublished } from '../../shared/translation-state.ts';

/**
 * "Still correct": after a change of the source that does not touch the meaning, the published translation
 * is published again unchanged as made from the newest source version, so it is up to date; the history
 * keeps it as a version of its own. Translators may do this in their languages (nothing new goes public).
 */
export async function confirmTranslationCurrent(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  target: { pageId: number; language: string },
) {
  const { region } = where;
  const { pageId, language } = target;
  ensureAllowed(where.actor, 'page.translate', { language, defaultLanguage: region.default_language });
  const sourceLanguage = where.languages.find((entry) => entry.tag === language)?.source_language_tag;
  if (!sourceLanguage)
    throw new AppError('conflict', `"${language}" is not translated from another language here.`);
  const translations = await listVersions(ctx.db, { regionId: region.id, pageId, language });
  const published = newestPublished(translations);
  if (!published) throw new AppError('conflict', 'There is no published translation to confirm.');
  if (translations[0]?.id !== published.id) {
    throw new AppError('conflict', 'There is newer work on this translation; publish or discard it first.');
  }
  const [source] = await listNewestPublishedIn(ctx.db, {
    regionId: region.id,
    language: sourceLanguage,
    itemIds: [pageId],
  });
  if (!source) throw new AppError('conflict', 'The source language has nothing published.');
  if (published.source_version_id === source.id) {
    throw new AppError('conflict', 'The translation is made from the newest source already.');
  }
  const confirmed = await savePageVersion(
    ctx,
    {
      regionId: region.id,
      pageId,
      expectedNewestVersionId: published.id,
      alsoInTransaction: (trx, version) =>
        insertAuditEntry(trx, {
          action: 'translation.confirmed',
          regionId: region.id,
          userId: auth.user.id,
          details: { pageId, language, versionId: version.id, sourceVersionId: source.id },
        }),
    },
    {
      language,
      title: published.title,
      slug: published.slug,
      contentHtml: published.content_html,
      status: 'published',
      isMinor: true,
      isMachineTranslated: published.is_machine_translated,
      authorId: auth.user.id,
      source: { language: sourceLanguage, versionId: source.id },
    },
  ).catch((error: unknown) => {
    if (error instanceof VersionConflictError) {
      throw new AppError('conflict', 'Someone saved this translation in the meantime; look at it again.');
    }
    throw error;
  });
  return confirmed;
}
