import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { VersionRow } from '../content/repo.ts';

/** The versions of a page in one language, newest first. */
function versionsOfPage(
  db: Kysely<Database>,
  options: { regionId: number; pageId: number; language: string },
) {
  return db
    .selectFrom('content_versions')
    .selectAll()
    .where('region_id', '=', options.regionId)
    .where('item_id', '=', options.pageId)
    .where('language_tag', '=', options.language)
    .orderBy('id', 'desc');
}

/** The newest version of a page in a language, whatever its status. */
export function findNewestVersion(
  db: Kysely<Database>,
  options: { regionId: number; pageId: number; language: string },
): Promise<VersionRow | undefined> {
  return versionsOfPage(db, options).limit(1).executeTakeFirst();
}

/** Every version of a page in a language, newest first. */
export function listVersions(
  db: Kysely<Database>,
  options: { regionId: number; pageId: number; language: string },
): Promise<VersionRow[]> {
  return versionsOfPage(db, options).execute();
}

/**
 * Moves a version on in the workflow, only if it is still where the caller saw it; its text stays as it is.
 * Returns whether it moved (false: someone else decided first).
 */
export async function moveVersionStatus(
  db: Kysely<Database>,
  options: { regionId: number; versionId: number; from: VersionRow['status']; to: VersionRow['status'] },
): Promise<boolean> {
  const moved = await db
    .updateTable('content_versions')
    .set({ status: options.to })
    .where('region_id', '=', options.regionId)
    .where('id', '=', options.versionId)
    .where('status', '=', options.from)
    .returning('id')
    .executeTakeFirst();
  return moved !== undefined;
}

/** Records a review decision. */
export async function insertReview(
  db: Kysely<Database>,
  values: {
    region_id: number;
    version_id: number;
    reviewer_id: number;
    decision: 'approved' | 'sent-back';
    comment: string;
  },
): Promise<void> {
  await db.insertInto('version_reviews').values(values).execute();
}

/** The review decisions on the given versions, oldest first. */
export function listReviews(db: Kysely<Database>, regionId: number, versionIds: number[]) {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('version_reviews')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('version_id', 'in', versionIds)
    .orderBy('id')
    .execute();
}
