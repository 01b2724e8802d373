import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The job kinds of scheduled changes to pages. */
export const SCHEDULED_KINDS = { publish: 'page.publish-at', unpublish: 'page.unpublish-at' } as const;

/** What a scheduled change's job carries. */
export interface ScheduledPayload {
  regionId: number;
  pageId: number;
  userId: number;
  versionId?: number;
  language?: string;
}

/** Queues a scheduled change of a page as a job due at its time; answers the job's id. */
export async function insertScheduledChange(
  db: Kysely<Database>,
  change: { kind: string; payload: ScheduledPayload; runAt: Date },
): Promise<number> {
  const row = await db
    .insertInto('jobs')
    .values({ kind: change.kind, payload: JSON.stringify(change.payload), run_at: change.runAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const ofPage = (db: Kysely<Database>, regionId: number, pageId: number) =>
  db
    .selectFrom('jobs')
    .where('kind', 'in', Object.values(SCHEDULED_KINDS))
    .where('status', '=', 'pending')
    .where(sql<boolean>`(payload->>'regionId')::int = ${regionId}`)
    .where(sql<boolean>`(payload->>'pageId')::int = ${pageId}`);

/** The changes of a page still to come, soonest first. */
export function listScheduledChanges(db: Kysely<Database>, regionId: number, pageId: number) {
  return ofPage(db, regionId, pageId).select(['id', 'kind', 'payload', 'run_at']).orderBy('run_at').execute();
}

/** Withdraws a change still to come; answers whether there was one. */
export async function deleteScheduledChange(
  db: Kysely<Database>,
  options: { regionId: number; pageId: number; id: number },
): Promise<boolean> {
  const deleted = await db
    .deleteFrom('jobs')
    .where('id', 'in', ofPage(db, options.regionId, options.pageId).select('id'))
    .where('id', '=', options.id)
    .returning('id')
    .executeTakeFirst();
  return deleted !== undefined;
}
