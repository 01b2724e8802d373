import type { Kysely, Selectable } from 'kysely';
import type { ContentReviewsTable, Database } from '../../db/schema.ts';
import { selectReachablePageIds } from '../pages/repo.ts';

export type ContentReviewRow = Selectable<ContentReviewsTable>;

/**
 * The newest published version of every page the public can reach (see `selectReachablePageIds`) in each
 * language, with its author's name; with `pageId`, of that page only.
 */
export function listPublishedTexts(db: Kysely<Database>, regionId: number, pageId?: number) {
  return selectNewestPublished(db, { regionId, pageId, isMinorSkipped: false });
}

/**
 * Like `listPublishedTexts`, but passing over minor edits (a fixed typo, a link replaced everywhere): the
 * last real change of each text, which is what a review-by date counts from.
 */
export function listLastRealChanges(db: Kysely<Database>, regionId: number, pageId?: number) {
  return selectNewestPublished(db, { regionId, pageId, isMinorSkipped: true });
}

function selectNewestPublished(
  db: Kysely<Database>,
  options: { regionId: number; pageId: number | undefined; isMinorSkipped: boolean },
) {
  let query = db
    .selectFrom('content_versions as v')
    .leftJoin('users as u', 'u.id', 'v.author_id')
    .select([
      'v.id as version_id',
      'v.item_id as page_id',
      'v.language_tag',
      'v.title',
      'v.source_version_id',
      'v.is_minor',
      'v.created_at',
      'u.display_name as author_name',
    ])
    .distinctOn(['v.item_id', 'v.language_tag'])
    .where('v.region_id', '=', options.regionId)
    .where('v.status', '=', 'published')
    .where('v.item_id', 'in', selectReachablePageIds(db, options.regionId));
  if (options.isMinorSkipped) query = query.where('v.is_minor', '=', false);
  if (options.pageId !== undefined) query = query.where('v.item_id', '=', options.pageId);
  return query.orderBy('v.item_id').orderBy('v.language_tag').orderBy('v.id', 'desc').execute();
}

/** When each of the given versions was approved in review, and by whom (the newest approval). */
export function listApprovals(db: Kysely<Database>, regionId: number, versionIds: number[]) {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('version_reviews as r')
    .leftJoin('users as u', 'u.id', 'r.reviewer_id')
    .select(['r.version_id', 'r.created_at', 'u.display_name as reviewer_name'])
    .distinctOn('r.version_id')
    .where('r.region_id', '=', regionId)
    .where('r.decision', '=', 'approved')
    .where('r.version_id', 'in', versionIds)
    .orderBy('r.version_id')
    .orderBy('r.id', 'desc')
    .execute();
}

/** The newest "confirmed still correct" of every page and language (of one page with `pageId`). */
export function listNewestContentReviews(db: Kysely<Database>, regionId: number, pageId?: number) {
  let query = db
    .selectFrom('content_reviews as c')
    .leftJoin('users as u', 'u.id', 'c.reviewer_id')
    .select([
      'c.page_id',
      'c.language_tag',
      'c.version_id',
      'c.note',
      'c.created_at',
      'u.display_name as reviewer_name',
    ])
    .distinctOn(['c.page_id', 'c.language_tag'])
    .where('c.region_id', '=', regionId);
  if (pageId !== undefined) query = query.where('c.page_id', '=', pageId);
  return query.orderBy('c.page_id').orderBy('c.language_tag').orderBy('c.id', 'desc').execute();
}

/** Records that someone confirmed a published version still correct. */
export function insertContentReview(
  db: Kysely<Database>,
  values: {
    region_id: number;
    page_id: number;
    language_tag: string;
    version_id: number;
    reviewer_id: number;
    note: string;
  },
): Promise<ContentReviewRow> {
  return db.insertInto('content_reviews').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The regions (not archived) that have named a responsible official, who receives the weekly digest. */
export async function listRegionIdsWithOfficial(db: Kysely<Database>): Promise<number[]> {
  const rows = await db
    .selectFrom('regions as r')
    .innerJoin('region_officials as ro', 'ro.region_id', 'r.id')
    .select('r.id')
    .where('r.status', '<>', 'archived')
    .orderBy('r.id')
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Where a region's weekly digest goes: the official's own account address while they manage the region,
 * else the official's public address; undefined when there is neither.
 */
export async function findDigestRecipient(
  db: Kysely<Database>,
  regionId: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('region_officials as ro')
    .leftJoin('region_roles as rr', (join) =>
      join
        .onRef('rr.user_id', '=', 'ro.user_id')
        .onRef('rr.region_id', '=', 'ro.region_id')
        .on('rr.role', '=', 'region-manager'),
    )
    .leftJoin('users as u', 'u.id', 'rr.user_id')
    .select(['u.email as account_email', 'ro.email as public_email'])
    .where('ro.region_id', '=', regionId)
    .executeTakeFirst();
  return row?.account_email || row?.public_email || undefined;
}
