import type { Insertable, Kysely } from 'kysely';
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
