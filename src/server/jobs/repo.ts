import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, JobsTable } from '../../db/schema.ts';

export type JobRow = Selectable<JobsTable>;

/** A job to queue; with a dedupe key, queuing the same work again does nothing. */
interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  dedupeKey?: string | undefined;
  runAt?: Date | undefined;
}

/** Queues a job (see NewJob). Returns whether it was queued. */
export async function insertJob(db: Kysely<Database>, job: NewJob): Promise<boolean> {
  return (await insertJobs(db, [job])) > 0;
}

/** Queues several jobs in one statement (see NewJob). Returns how many were queued. */
export async function insertJobs(db: Kysely<Database>, jobs: NewJob[]): Promise<number> {
  if (jobs.length === 0) return 0;
  const result = await db
    .insertInto('jobs')
    .values(
      jobs.map((job) => ({
        kind: job.kind,
        payload: JSON.stringify(job.payload),
        dedupe_key: job.dedupeKey ?? null,
        run_at: job.runAt,
      })),
    )
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}

/**
 * Takes the next due job for this worker: pending and due, or running but abandoned by a worker that
 * stopped. Several workers never take the same job (row locks, skipping locked rows).
 */
export async function claimNextJob(db: Kysely<Database>, lockForMs: number): Promise<JobRow | undefined> {
  const result = await sql<JobRow>`
    update jobs set status = 'running', attempts = attempts + 1, locked_until = now() + ${`${lockForMs} milliseconds`}::interval
    where id = (
      select id from jobs
      where (status = 'pending' and run_at <= now()) or (status = 'running' and locked_until < now())
      order by run_at, id
      limit 1
      for update skip locked
    )
    returning *`.execute(db);
  return result.rows[0];
}

/** Marks a job done and forgets its payload: an e-mail sent, for one, need not stay in the database. */
export async function completeJob(db: Kysely<Database>, id: number): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', payload: '{}', locked_until: null, finished_at: new Date(), last_error: null })
    .where('id', '=', id)
    .execute();
}

/**
 * Records a failure: back to pending at `retryAt`, or failed for good when there is none. A job that failed
 * for good forgets its payload like a done one (an e-mail's address and text must not outlive it); what
 * went wrong stays.
 */
export async function failJob(
  db: Kysely<Database>,
  id: number,
  error: string,
  retryAt: Date | undefined,
): Promise<void> {
  await db
    .updateTable('jobs')
    .set(
      retryAt
        ? { status: 'pending', run_at: retryAt, locked_until: null, last_error: error }
        : { status: 'failed', payload: '{}', locked_until: null, last_error: error, finished_at: new Date() },
    )
    .where('id', '=', id)
    .execute();
}

/** Jobs of a kind, newest first (for status views and tests). */
export function listJobs(db: Kysely<Database>, kind: string): Promise<JobRow[]> {
  return db.selectFrom('jobs').selectAll().where('kind', '=', kind).orderBy('id', 'desc').execute();
}
