import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Every region with how many days it keeps readers' comments and contact data. */
export function listRetentionPeriods(db: Kysely<Database>) {
  return db.selectFrom('regions').select(['id', 'feedback_retention_days']).orderBy('id').execute();
}

/**
 * Erases what readers wrote in the region's feedback from before `cutoff`: the comment, the contact, the
 * search words (readers type names and numbers into a search too), the comment's translation, the
 * managers' notes and the text of their replies. Ratings, the page, that it was about a search, the
 * language and the status stay, for the statistics; "searches without results" therefore covers the
 * retention period only. Returns how many pieces of feedback it erased.
 */
export async function eraseFeedbackBefore(
  db: Kysely<Database>,
  options: { regionId: number; cutoff: Date; now: Date },
): Promise<number> {
  const expired = db
    .selectFrom('feedback')
    .select('id')
    .where('region_id', '=', options.regionId)
    .where('created_at', '<', options.cutoff);
  await db
    .deleteFrom('feedback_notes')
    .where('region_id', '=', options.regionId)
    .where('kind', '=', 'note')
    .where('feedback_id', 'in', expired)
    .execute();
  await db
    .updateTable('feedback_notes')
    .set({ text: null })
    .where('region_id', '=', options.regionId)
    .where('kind', '=', 'reply')
    .where('text', 'is not', null)
    .where('feedback_id', 'in', expired)
    .execute();
  const erased = await db
    .updateTable('feedback')
    .set({
      comment: null,
      contact: null,
      search_query: null,
      translated_comment: null,
      translation_language: null,
      translation_provider: null,
      erased_at: options.now,
      updated_at: options.now,
    })
    .where('region_id', '=', options.regionId)
    .where('created_at', '<', options.cutoff)
    .where('erased_at', 'is', null)
    .executeTakeFirst();
  return Number(erased.numUpdatedRows);
}

/** Sets how many days the region keeps readers' comments and contact data. */
export async function updateRetentionDays(
  db: Kysely<Database>,
  regionId: number,
  days: number,
): Promise<void> {
  await db.updateTable('regions').set({ feedback_retention_days: days }).where('id', '=', regionId).execute();
}
