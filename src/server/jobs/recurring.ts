import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DAY_MS } from '../../shared/time.ts';
import { insertJobs } from './repo.ts';

/** How often a recurring job runs: once per calendar day or once per ISO week (both in UTC). */
export type RecurringPeriod = 'daily' | 'weekly';

/** Work that runs on its own, e.g. the nightly link check or the weekly digest. */
export interface RecurringJob {
  kind: string;
  period: RecurringPeriod;
}

/** The period `at` falls in: `2026-11-25` for a day, `2026-W48` for an ISO week. */
export function periodKey(period: RecurringPeriod, at: Date): string {
  if (period === 'daily') return at.toISOString().slice(0, 10);
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The ISO week belongs to the year of its Thursday.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/**
 * Queues each recurring job once for the period `at` falls in. The dedupe key is the kind and the period,
 * so every server may call this as often as it likes: the work is queued once, and a restart loses nothing.
 * The job's payload carries the period, for handlers that report on it.
 */
export function queueRecurringJobs(
  db: Kysely<Database>,
  jobs: readonly RecurringJob[],
  at = new Date(),
): Promise<number> {
  return insertJobs(
    db,
    jobs.map((job) => {
      const period = periodKey(job.period, at);
      return { kind: job.kind, payload: { period }, dedupeKey: `${job.kind}:${period}` };
    }),
  );
}
