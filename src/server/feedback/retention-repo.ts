import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/**
 * Erases, in every region at once, what readers wrote in feedback older than the region's retention period:
 * the comment, the contact, the search words (readers type names and numbers into a search too), the
 * comment's translation, the managers' notes and the text of their replies. Ratings, the page, that it was
 * about a search, the language and the status stay, for the statistics; "searches without results"
 * therefore covers the retention period only. Returns, per region that had some, how many pieces of
 * feedback it erased.
 */
export async function eraseFeedbackPastRetention(
  db: Kysely<Database>,
  now: Date,
): Promise<{ regionId: number; retentionDays: number; count: number }[]> {
  // Hours, not days: a day of the retention period is 24 hours whatever the session's time zone.
  const isExpired = sql<boolean>`f.created_at < ${now}::timestamptz - r.feedback_retention_days * interval '24 hours'`;
  const expired = db
    .selectFrom('feedback as f')
    .innerJoin('regions as r', 'r.id', 'f.region_id')
    .select('f.id')
    .where(isExpired);
  await db
    .deleteFrom('feedback_notes')
    .where('kind', '=', 'note')
    .where('feedback_id', 'in', expired)
    .execute();
  await db
    .updateTable('feedback_notes')
    .set({ text: null })
    .where('kind', '=', 'reply')
    .where('text', 'is not', null)
    .where('feedback_id', 'in', expired)
    .execute();
  const erased = await db
    .updateTable('feedback as f')
    .from('regions as r')
    .set({
      comment: null,
      contact: null,
      search_query: null,
      translated_comment: null,
      translation_language: null,
      translation_provider: null,
      erased_at: now,
      updated_at: now,
    })
    .whereRef('r.id', '=', 'f.region_id')
    .where(isExpired)
    .where('f.erased_at', 'is', null)
    .returning(['f.region_id', 'r.feedback_retention_days'])
    .execute();
  const perRegion = new Map<number, { regionId: number; retentionDays: number; count: number }>();
  for (const row of erased) {
    const region = perRegion.get(row.region_id);
    if (region) region.count += 1;
    else
      perRegion.set(row.region_id, {
        regionId: row.region_id,
        retentionDays: row.feedback_retention_days,
        count: 1,
      });
  }
  return [...perRegion.values()];
}

/** Sets how many days the region keeps readers' comments and contact data. */
export async function updateRetentionDays(
  db: Kysely<Database>,
  regionId: number,
  days: number,
): Promise<void> {
  await db.updateTable('regions').set({ feedback_retention_days: days }).where('id', '=', regionId).execute();
}
