import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isPublishedOnlyAfterReview } from '../../shared/languages.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { VersionRow } from '../content/repo.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { notifyReviewRequested } from '../notifications/service.ts';
import { ensureAllowed, type WorkspaceRegion } from '../page-editing/access.ts';
import { moveVersionStatus } from '../page-editing/repo.ts';
import { savePageVersion, VersionConflictError } from '../pages/service.ts';
import { indexRegionLinks } from './gather-links.ts';
import { findLinkTargets, type LinkTarget } from './find-link-targets.ts';
import { hasLinkTo, replaceLinkTarget } from './html-links.ts';
import type { ReplaceLinkInput, ReplaceLinkOutcome } from './schema.ts';

const actionForStatus = {
  draft: 'page.write-draft',
  review: 'page.submit',
  published: 'page.publish',
} as const;

/** Where a failure to bring the link index up to date after a replacement is written down. */
export interface ReplaceLog {
  error(details: object, message: string): void;
}

/**
 * Makes every link to `from` in the region's texts lead to `to`, as new versions — nothing is overwritten,
 * the old versions stay in the history. Where the published text has the link, a minor edit of it is
 * published (translations do not become outdated; Easy German goes to review as always). Work begun after
 * the published version is saved again on top, with the link replaced too, so that it stays the newest
 * and publishing it later does not bring the old link back. 404 when no text links to `from`.
 *
 * All or nothing: every version is saved in one transaction, so a text that cannot be saved as it is (it
 * breaks a rule made after it was written) or that someone saved in the meantime stops the whole
 * replacement with a 409 naming the page, and nothing is changed. Updating the link index afterwards is
 * housekeeping: when it fails, the replacement stands, the failure is logged, and the nightly check
 * indexes again.
 */
export async function replaceLinkEverywhere(
  ctx: AppContext,
  options: { auth: Auth; where: WorkspaceRegion; input: ReplaceLinkInput; log: ReplaceLog },
): Promise<ReplaceLinkOutcome> {
  const { auth, where, input } = options;
  const targets = await findLinkTargets(ctx.db, where.region.id, input.from);
  if (targets.length === 0) {
    throw new AppError('not_found', 'No page of this region links to this address.', { url: input.from });
  }
  const defaultLanguage = where.region.default_language;
  for (const target of targets) {
    const statuses = [target.published && publishedStatus(target), target.work?.status];
    for (const status of statuses.filter((value) => value !== undefined)) {
      ensureAllowed(where.actor, actionForStatus[status], { language: target.language, defaultLanguage });
    }
  }
  const versions = await ctx.db.transaction().execute(async (trx) => {
    const made: ReplaceLinkOutcome['versions'] = [];
    for (const target of targets) {
      try {
        made.push(...(await replaceInTarget(ctx, { trx, auth, where, target, ...input })));
      } catch (error) {
        throw nothingReplaced(target, error);
      }
    }
    return made;
  });
  if (versions.some((version) => version.status === 'published')) {
    ctx.cache.invalidateRegionContent(where.region.id);
  }
  await reindexAfterReplacing(ctx, { regionId: where.region.id, versions, log: options.log });
  return { versionsCreated: versions.length, versions };
}

/** The answer when one text stopped the replacement; the transaction is undone, so nothing was made. */
function nothingReplaced(target: LinkTarget, error: unknown): unknown {
  const page = `page ${target.pageId} (${target.language})`;
  const details = { versionsCreated: 0, pageId: target.pageId, language: target.language };
  if (error instanceof VersionConflictError) {
    return new AppError(
      'conflict',
      `Someone saved ${page} in the meantime. Nothing was replaced; replace again.`,
      details,
    );
  }
  if (error instanceof AppError && error.code === 'invalid_input') {
    return new AppError(
      'conflict',
      `The text of ${page} cannot be saved as it is (${error.message}). Nothing was replaced; ` +
        'correct that text in the editor, then replace again.',
      { ...details, issues: error.details?.issues ?? [] },
    );
  }
  return error;
}

async function reindexAfterReplacing(
  ctx: AppContext,
  options: { regionId: number; versions: ReplaceLinkOutcome['versions']; log: ReplaceLog },
): Promise<void> {
  try {
    await ctx.db.transaction().execute((trx) =>
      indexRegionLinks(trx, {
        regionId: options.regionId,
        ownOrigin: new URL(ctx.config.publicUrl).origin,
        isRecheck: false,
        round: `replace-${options.versions[0]?.versionId ?? 0}`,
      }),
    );
  } catch (error) {
    options.log.error(
      { err: error, regionId: options.regionId },
      'The link index could not be updated after a replacement; the nightly check will update it.',
    );
  }
}

/** The new versions of one page in one language, saved in the replacement's transaction `trx`. */
async function replaceInTarget(
  ctx: AppContext,
  options: {
    trx: Kysely<Database>;
    auth: Auth;
    where: WorkspaceRegion;
    target: LinkTarget;
    from: string;
    to: string;
  },
): Promise<ReplaceLinkOutcome['versions']> {
  const { trx, auth, where, target } = options;
  const made: VersionRow[] = [];
  const save = (of: VersionRow, copy: Pick<Copy, 'status' | 'isMinor' | 'authorId'>) =>
    saveWithLinkReplaced(ctx, {
      trx,
      from: options.from,
      to: options.to,
      ...copy,
      regionId: where.region.id,
      userId: auth.user.id,
      of,
      afterId: made.at(-1)?.id ?? (target.work ?? target.published)!.id,
    });
  if (target.published) {
    const copy = await save(target.published, {
      status: publishedStatus(target),
      isMinor: true,
      authorId: auth.user.id,
    });
    made.push(copy);
    if (copy.status === 'review') {
      await notifyReviewRequested({ ...ctx, db: trx }, where.region, copy, auth.user.id);
    }
  }
  // The work keeps its author: it is their text, only a link in it changed.
  const { work } = target;
  if (work && (made.length > 0 || hasLinkTo(work.content_html, options.from))) {
    made.push(await save(work, { status: work.status, isMinor: work.is_minor, authorId: work.author_id }));
  }
  return made.map((version) => ({
    pageId: target.pageId,
    language: target.language,
    versionId: version.id,
    status: version.status,
  }));
}

/** A version saved again with the link replaced, on top of the newest one (`afterId`), in `trx`. */
interface Copy {
  trx: Kysely<Database>;
  regionId: number;
  userId: number;
  of: VersionRow;
  afterId: number;
  from: string;
  to: string;
  status: VersionRow['status'];
  isMinor: boolean;
  authorId: number | null;
}

function saveWithLinkReplaced(ctx: AppContext, copy: Copy): Promise<VersionRow> {
  const { of } = copy;
  return savePageVersion(
    ctx,
    {
      regionId: copy.regionId,
      pageId: of.item_id,
      expectedNewestVersionId: copy.afterId,
      transaction: copy.trx,
      alsoInTransaction: async (trx, saved) => {
        // Work in review lives on in its copy, and the reviewers decide on that one.
        if (of.status === 'review') {
          await moveVersionStatus(trx, {
            regionId: copy.regionId,
            versionId: of.id,
            from: 'review',
            to: 'draft',
          });
        }
        await insertAuditEntry(trx, {
          action: 'links.replaced',
          regionId: copy.regionId,
          userId: copy.userId,
          details: {
            from: copy.from,
            to: copy.to,
            pageId: of.item_id,
            language: of.language_tag,
            versionId: saved.id,
            replacedVersionId: of.id,
          },
        });
      },
    },
    {
      language: of.language_tag,
      title: of.title,
      slug: of.slug,
      contentHtml: replaceLinkTarget(of.content_html, copy.from, copy.to),
      status: copy.status,
      isMinor: copy.isMinor,
      isMachineTranslated: of.is_machine_translated,
      authorId: copy.authorId,
      source:
        of.source_language_tag && of.source_version_id
          ? { language: of.source_language_tag, versionId: of.source_version_id }
          : null,
    },
  );
}

function publishedStatus(target: LinkTarget): 'published' | 'review' {
  return isPublishedOnlyAfterReview(target.language) ? 'review' : 'published';
}
