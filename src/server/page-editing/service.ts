import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { findVersion, type VersionRow } from '../content/repo.ts';
import { getRegionVersionOverview } from '../content/service.ts';
import { AppError, invalidInput } from '../errors.ts';
import { findPage, listPages, lockRegionStructure, updatePagePlacement } from '../pages/repo.ts';
import {
  assertPlacementFree,
  assertSlugFree,
  createPage,
  loadRegionContent,
  savePageVersion,
  VersionConflictError,
} from '../pages/service.ts';
import { deleteAutosave } from '../autosaves/repo.ts';
import { isReadablePublicly } from '../regions/policy.ts';
import { pageHref } from '../../shared/public-urls.ts';
import { notifyReviewDecided, notifyReviewRequested } from '../notifications/service.ts';
import { notifyTranslationsOutdated } from '../notifications/translation-outdated.ts';
import { isPublishedOnlyAfterReview } from '../../shared/languages.ts';
import { ensureAllowed, type WorkspaceRegion } from './access.ts';
import { presentConflict } from './present.ts';
import { findNewestVersion, insertReview, listReviews, listVersions, moveVersionStatus } from './repo.ts';
import type { PageChange, ReviewDecision, WorkspaceVersionInput } from './schema.ts';

const actionForStatus = {
  draft: 'page.write-draft',
  review: 'page.submit',
  published: 'page.publish',
} as const;

/** The whole page tree of a region with, per language, the newest version and the translation state. */
export async function loadPageTree(ctx: AppContext, where: WorkspaceRegion) {
  const regionId = where.region.id;
  const pages = await listPages(ctx.db, regionId);
  const { states, newest } = await getRegionVersionOverview(ctx.db, {
    regionId,
    itemIds: pages.map((page) => page.id),
  });
  return { pages, newest, states };
}

/** Adds a page at the end of its parent's children. */
export async function addPage(
  ctx: AppContext,
  where: WorkspaceRegion,
  input: { parentId: number | null; icon?: string | null | undefined },
) {
  return createPage(ctx.db, {
    regionId: where.region.id,
    parentId: input.parentId,
    icon: input.icon ?? null,
  });
}

/**
 * Saves a new version of a page in a language, as draft, for review or published, as the role allows.
 * It must start from the newest version in that language: if someone saved in between, nothing is saved and
 * the answer is 409 with both versions, so that nothing anyone wrote is overwritten silently. The author's
 * autosave of the page in that language goes in the same transaction.
 */
export async function saveWorkspaceVersion(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  input: WorkspaceVersionInput,
): Promise<VersionRow> {
  const target = { language: input.language, defaultLanguage: where.region.default_language };
  ensureAllowed(where.actor, actionForStatus[input.status], target);
  const regionId = where.region.id;
  const { baseVersionId, ...text } = input;
  const version = await savePageVersion(
    ctx,
    {
      regionId,
      pageId,
      expectedNewestVersionId: baseVersionId,
      alsoInTransaction: (trx) =>
        deleteAutosave(trx, regionId, { userId: auth.user.id, pageId, language: input.language }),
    },
    { ...text, authorId: auth.user.id },
  ).catch((error: unknown) => {
    if (!(error instanceof VersionConflictError)) throw error;
    throw new AppError('conflict', error.message, presentConflict(error.theirs, input));
  });
  if (version.status === 'review') await notifyReviewRequested(ctx, where.region, version, auth.user.id);
  if (version.status === 'published') {
    await insertAuditEntry(ctx.db, {
      action: 'page.published',
      regionId,
      userId: auth.user.id,
      details: { pageId, versionId: version.id },
    });
  }
  return version;
}

/** Approves a version in review (it is published) or sends it back to draft with a comment. */
export async function decideReview(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  versionId: number,
  input: ReviewDecision,
) {
  const regionId = where.region.id;
  if (input.decision === 'send-back' && input.comment.trim() === '') {
    throw invalidInput([{ field: 'comment', message: 'say what to change when sending a version back' }]);
  }
  const isApproved = input.decision === 'approve';
  const version = await ctx.db.transaction().execute(async (trx) => {
    await lockRegionStructure(trx, regionId);
    const found = await trx
      .selectFrom('content_versions')
      .selectAll()
      .where('region_id', '=', regionId)
      .where('id', '=', versionId)
      .executeTakeFirst();
    if (!found) throw new AppError('not_found', 'There is no such version in this region.');
    if (found.status !== 'review')
      throw new AppError('conflict', `This version is not in review but ${found.status}.`);
    if (isApproved && isPublishedOnlyAfterReview(found.language_tag) && found.author_id === auth.user.id) {
      throw new AppError(
        'forbidden',
        'Easy German is checked by a second person: someone other than its author approves it.',
      );
    }
    if (isApproved) {
      const page = await findPage(trx, regionId, found.item_id);
      await assertSlugFree(trx, {
        regionId,
        pageId: found.item_id,
        parentId: page?.parent_id ?? null,
        language: found.language_tag,
        slug: found.slug,
      });
    }
    if (
      !(await moveVersionStatus(trx, {
        regionId,
        versionId,
        from: 'review',
        to: isApproved ? 'published' : 'draft',
      }))
    ) {
      throw new AppError('conflict', 'Someone else decided on this version in the meantime.');
    }
    await insertReview(trx, {
      region_id: regionId,
      version_id: versionId,
      reviewer_id: auth.user.id,
      decision: isApproved ? 'approved' : 'sent-back',
      comment: input.comment,
    });
    await insertAuditEntry(trx, {
      action: isApproved ? 'page.published' : 'page.sent-back',
      regionId,
      userId: auth.user.id,
      details: { pageId: found.item_id, versionId },
    });
    if (isApproved) {
      await notifyTranslationsOutdated(trx, ctx.config.publicUrl, { ...found, status: 'published' });
    }
    return found;
  });
  if (isApproved) ctx.cache.invalidateRegionContent(regionId);
  await notifyReviewDecided(ctx, where.region, version, { isApproved, comment: input.comment });
}

/** Every version of a page in a language with the review decisions on them. */
export async function loadHistory(ctx: AppContext, where: WorkspaceRegion, pageId: number, language: string) {
  const versions = await listVersions(ctx.db, { regionId: where.region.id, pageId, language });
  const reviews = await listReviews(
    ctx.db,
    where.region.id,
    versions.map((version) => version.id),
  );
  return { versions, reviews, publicUrl: await publicAddressOf(ctx, where, pageId, language) };
}

/** Where the public reads the page in a language; null while it is not public there. */
async function publicAddressOf(ctx: AppContext, where: WorkspaceRegion, pageId: number, language: string) {
  if (!isReadablePublicly(where.region)) return null;
  const content = await loadRegionContent(ctx, { region: where.region, languages: where.languages });
  const path = content.languages.get(language)?.byId.get(pageId)?.path;
  return path === undefined ? null : pageHref(where.region.slug, language, path);
}

/** Makes an old version the newest again, as a new draft; the versions in between stay in the history. */
export async function restoreVersion(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  versionId: number,
) {
  const old = await findVersion(ctx.db, { regionId: where.region.id, itemId: pageId, versionId });
  if (!old) throw new AppError('not_found', 'There is no such version of this page.');
  ensureAllowed(where.actor, 'page.write-draft', {
    language: old.language_tag,
    defaultLanguage: where.region.default_language,
  });
  const newest = await findNewestVersion(ctx.db, {
    regionId: where.region.id,
    pageId,
    language: old.language_tag,
  });
  const restored = await saveWorkspaceVersion(ctx, auth, where, pageId, {
    language: old.language_tag,
    title: old.title,
    slug: old.slug,
    contentHtml: old.content_html,
    status: 'draft',
    isMinor: false,
    baseVersionId: newest?.id ?? null,
    source:
      old.source_language_tag && old.source_version_id
        ? { language: old.source_language_tag, versionId: old.source_version_id }
        : null,
  });
  await insertAuditEntry(ctx.db, {
    action: 'page.version-restored',
    regionId: where.region.id,
    userId: auth.user.id,
    details: { pageId, from: versionId, to: restored.id },
  });
  return restored;
}

/**
 * Moves, reorders, archives or restores a page; archiving hides its whole subtree from the public. Changing
 * where a public page stands changes what the public sees, so it needs the right to publish.
 */
export async function changePage(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  change: PageChange,
) {
  const regionId = where.region.id;
  await ctx.db.transaction().execute(async (trx) => {
    await lockRegionStructure(trx, regionId);
    const current = await findPage(trx, regionId, pageId);
    if (!current) throw new AppError('not_found', 'There is no such page in this region.');
    const isPublic = await trx
      .selectFrom('content_versions')
      .select('id')
      .where('region_id', '=', regionId)
      .where('item_id', '=', pageId)
      .where('status', '=', 'published')
      .limit(1)
      .executeTakeFirst();
    ensureAllowed(where.actor, isPublic ? 'page.publish' : 'page.structure', {});
    const parentId = change.parentId === undefined ? current.parent_id : change.parentId;
    let steps = 0;
    for (let ancestor = parentId; ancestor !== null; steps++) {
      if (ancestor === pageId || steps > 10_000)
        throw invalidInput([{ field: 'parentId', message: 'a page cannot move below itself' }]);
      const next = await findPage(trx, regionId, ancestor);
      if (!next) throw invalidInput([{ field: 'parentId', message: 'is not a page of this region' }]);
      ancestor = next.parent_id;
    }
    if (parentId !== current.parent_id) await assertPlacementFree(trx, { regionId, pageId, parentId });
    const isArchived = change.isArchived ?? current.is_archived;
    await updatePagePlacement(trx, {
      regionId,
      pageId,
      parentId,
      position: change.position ?? current.position,
      isArchived,
    });
    if (isArchived !== current.is_archived) {
      await insertAuditEntry(trx, {
        action: isArchived ? 'page.archived' : 'page.unarchived',
        regionId,
        userId: auth.user.id,
        details: { pageId },
      });
    }
  });
  ctx.cache.invalidateRegionContent(regionId);
}
