import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database, FeedbackTable } from '../../db/schema.ts';

/** Stores one piece of feedback. */
export async function insertFeedback(
  db: Kysely<Database>,
  values: Insertable<FeedbackTable>,
): Promise<number> {
  const row = await db.insertInto('feedback').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** The feedback of a region, newest first. */
export function listFeedback(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('feedback')
    .selectAll()
    .where('region_id', '=', regionId)
    .orderBy('id', 'desc')
    .execute();
}

/**
 * The title of the page that feedback (`f`) is about, for the inbox and the statistics alike: in
 * `titleLanguage` (the region's, which managers read), else the newest title in any language, which for a
 * page without a text in the region's language is usually the one the reader saw. Null for feedback on a
 * search or on the region.
 */
export function pageTitleOf(options: { regionId: number; titleLanguage: string }) {
  return sql<string | null>`(select v.title from content_versions v
    where v.region_id = ${options.regionId} and v.item_id = f.target_id
    order by (v.language_tag = ${options.titleLanguage}) desc, v.id desc limit 1)`;
}
