import type { AppContext } from '../context.ts';
import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import { AppError, invalidInput } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import { findPage } from '../pages/repo.ts';
import type { RegionRow } from '../regions/repo.ts';
import {
  insertContentReview,
  listApprovals,
  listLastRealChanges,
  listNewestContentReviews,
  listPublishedTexts,
} from './repo.ts';
import { calendarDateIn, reviewStatus, type CalendarDate, type FreshnessStatus } from './review-dates.ts';
import type { ReviewInput } from './schema.ts';

/** How a person last looked at a published text: wrote it, approved it in review, or confirmed it still correct. */
export interface LastCheck {
  kind: 'published' | 'approved' | 'confirmed';
  at: Date;
  by: string | null;
  note: string;
}

/** A published text with the date by which it is to be reviewed again, and how that stands today. */
export interface FreshnessItem {
  pageId: number;
  language: string;
  title: string;
  versionId: number;
  lastCheck: LastCheck;
  reviewBy: CalendarDate;
  /** Days from today to the review-by date; negative when overdue. */
  daysLeft: number;
  status: FreshnessStatus;
}

type FreshnessRegion = Pick<RegionRow, 'id' | 'timezone' | 'review_interval_months'>;

/**
 * The freshness of a region's published texts (of one page with `pageId`), the next to review first. A
 * text is a page in a language where a person wrote it: in practice the default language. Translations
 * are left out on purpose: they follow their source (a changed source marks them outdated, see
 * shared/translation-state.ts), and the responsible official checks facts such as opening hours and
 * rules in the language they read, once per page, not once per language. Its review-by date is the last
 * check (publication or approval of its last change that was not a minor edit, or "still correct") plus
 * the region's interval, in the region's calendar. Pages below an archived page are left out, as the
 * public does not see them.
 */
export async function listFreshness(
  ctx: Pick<AppContext, 'db'>,
  region: FreshnessRegion,
  options: { now?: Date; pageId?: number } = {},
): Promise<{ today: CalendarDate; items: FreshnessItem[] }> {
  const today = calendarDateIn(options.now ?? new Date(), region.timezone);
  const [published, changes] = await Promise.all([
    listPublishedTexts(ctx.db, region.id, options.pageId),
    listLastRealChanges(ctx.db, region.id, options.pageId),
  ]);
  const changeOf = new Map(changes.map((row) => [`${row.page_id}:${row.language_tag}`, row]));
  // A minor edit (a link replaced everywhere, say) is no check of the facts: the date counts from the
  // last real change, and from its approval.
  const texts = published
    .filter((text) => text.source_version_id === null)
    .map((text) => ({ ...text, change: changeOf.get(`${text.page_id}:${text.language_tag}`) ?? text }));
  const [approvals, reviews] = await Promise.all([
    listApprovals(
      ctx.db,
      region.id,
      texts.map((text) => text.change.version_id),
    ),
    listNewestContentReviews(ctx.db, region.id, options.pageId),
  ]);
  const approvalOf = new Map(approvals.map((row) => [row.version_id, row]));
  const reviewOf = new Map(reviews.map((row) => [`${row.page_id}:${row.language_tag}`, row]));
  const items = texts.map((text): FreshnessItem => {
    const { change } = text;
    const approval = approvalOf.get(change.version_id);
    const review = reviewOf.get(`${text.page_id}:${text.language_tag}`);
    const lastCheck = latest(
      { kind: 'published', at: change.created_at, by: change.author_name, note: '' },
      approval && { kind: 'approved', at: approval.created_at, by: approval.reviewer_name, note: '' },
      review && { kind: 'confirmed', at: review.created_at, by: review.reviewer_name, note: review.note },
    );
    const lastCheckedOn = calendarDateIn(lastCheck.at, region.timezone);
    return {
      pageId: text.page_id,
      language: text.language_tag,
      title: text.title,
      versionId: text.version_id,
      lastCheck,
      ...reviewStatus({ lastCheckedOn, intervalMonths: region.review_interval_months, today }),
    };
  });
  items.sort((a, b) => a.daysLeft - b.daysLeft || a.title.localeCompare(b.title) || a.pageId - b.pageId);
  return { today, items };
}

/**
 * The freshness overview of the workspace, in one of the region's languages or all of them, with the
 * languages that have texts written in them (what a filter offers).
 */
export async function loadFreshnessOverview(
  ctx: AppContext,
  where: WorkspaceRegion,
  query: { language?: string | undefined },
): Promise<{ today: CalendarDate; languages: string[]; items: FreshnessItem[] }> {
  assertRegionLanguage(where, query.language);
  const { today, items } = await listFreshness(ctx, where.region);
  const written = new Set(items.map((item) => item.language));
  return {
    today,
    languages: where.languages.map((entry) => entry.tag).filter((tag) => written.has(tag)),
    items: items.filter((item) => query.language === undefined || item.language === query.language),
  };
}

/**
 * "Confirmed still correct": records that someone reviewed the published text of a page in a language
 * and found it right, with an optional note, without a new version; the review-by date starts again from
 * today. Audited. Translations are refused (409): they follow their source, which is what to confirm.
 */
export async function confirmStillCorrect(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  pageId: number,
  input: ReviewInput,
): Promise<FreshnessItem> {
  const { region } = where;
  const { language, note } = input;
  assertRegionLanguage(where, language);
  if (!(await findPage(ctx.db, region.id, pageId))) {
    throw new AppError('not_found', 'There is no such page in this region.');
  }
  const texts = await listPublishedTexts(ctx.db, region.id, pageId);
  const text = texts.find((entry) => entry.language_tag === language);
  if (!text) throw new AppError('conflict', `The page has no published text in "${language}" to confirm.`);
  if (text.source_version_id !== null) {
    throw new AppError(
      'conflict',
      'This text is a translation: it follows its source. Confirm the source text; whether the translation is up to date shows in its translation state.',
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertContentReview(trx, {
      region_id: region.id,
      page_id: pageId,
      language_tag: language,
      version_id: text.version_id,
      reviewer_id: auth.user.id,
      note,
    });
    await insertAuditEntry(trx, {
      action: 'page.confirmed-current',
      regionId: region.id,
      userId: auth.user.id,
      details: { pageId, language, versionId: text.version_id, ...(note ? { note } : {}) },
    });
  });
  const { items } = await listFreshness(ctx, region, { pageId });
  const item = items.find((entry) => entry.language === language);
  if (!item) throw new AppError('conflict', 'The page was unpublished in the meantime.');
  return item;
}

/** The newest of the checks that happened; of two at the same moment the later kind (confirmed) wins. */
function latest(published: LastCheck, ...later: (LastCheck | undefined)[]): LastCheck {
  return later.reduce<LastCheck>(
    (newest, check) => (check && check.at.getTime() >= newest.at.getTime() ? check : newest),
    published,
  );
}

function assertRegionLanguage(where: WorkspaceRegion, language: string | undefined): void {
  if (language !== undefined && !where.languages.some((entry) => entry.tag === language)) {
    throw invalidInput([{ field: 'language', message: 'is not a language of this region' }]);
  }
}
