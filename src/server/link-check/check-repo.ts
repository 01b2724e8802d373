import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database, LinkChecksTable } from '../../db/schema.ts';
import type { LinkCheckResult } from './probe.ts';
import { isDue } from './repo.ts';

export type LinkCheckRow = Selectable<LinkChecksTable>;

/** Starts today's scheduled run in every region that is not archived (once per region and day). */
export function insertScheduledChecks(db: Kysely<Database>, period: string) {
  return db
    .insertInto('link_checks')
    .columns(['region_id', 'period'])
    .expression((eb) =>
      eb
        .selectFrom('regions')
        .select((inner) => ['id', inner.val(period).as('period')])
        .where('status', '<>', 'archived'),
    )
    .onConflict((conflict) => conflict.columns(['region_id', 'period']).doNothing())
    .returning(['id', 'region_id'])
    .execute();
}

/** Records a run someone asked for; returns its id. */
export async function insertRequestedCheck(db: Kysely<Database>, regionId: number, userId: number | null) {
  const row = await db
    .insertInto('link_checks')
    .values({ region_id: regionId, requested_by: userId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A run whose links are not gathered yet, locked until the transaction ends; undefined once gathered. */
export function lockUngatheredCheck(db: Kysely<Database>, regionId: number, checkId: number) {
  return db
    .selectFrom('link_checks')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('id', '=', checkId)
    .where('gathered_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
}

/** Notes that a run has gathered its links and queued their checks. */
export async function markCheckGathered(db: Kysely<Database>, regionId: number, checkId: number) {
  await db
    .updateTable('link_checks')
    .set({ gathered_at: sql<Date>`now()` })
    .where('region_id', '=', regionId)
    .where('id', '=', checkId)
    .execute();
}

/** The region's newest run, if it ever had one. */
export function findLatestCheck(db: Kysely<Database>, regionId: number): Promise<LinkCheckRow | undefined> {
  return db
    .selectFrom('link_checks')
    .selectAll()
    .where('region_id', '=', regionId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** How many of the region's links there are, how many were checked since a time, and the last check. */
export async function countCheckedLinks(db: Kysely<Database>, regionId: number, since: Date | null) {
  const row = await db
    .selectFrom('links')
    .select((eb) => [
      eb.fn.countAll<string>().as('total'),
      (since ? sql<string>`count(*) filter (where checked_at >= ${since})` : sql<string>`0`).as('checked'),
      eb.fn.max('checked_at').as('last_checked_at'),
    ])
    .where('region_id', '=', regionId)
    .executeTakeFirstOrThrow();
  return { total: Number(row.total), checked: Number(row.checked), lastCheckedAt: row.last_checked_at };
}

/**
 * The next address of a host that some region's run is waiting for. The check queue works per host
 * across regions, so that an address many regions use is requested once; results are read per region.
 */
export async function nextDueUrl(db: Kysely<Database>, host: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('links')
    .select('url')
    .where('host', '=', host)
    .where(isDue)
    .orderBy('url')
    .limit(1)
    .executeTakeFirst();
  return row?.url;
}

/** Records what checking an address found, for every region waiting for it. */
export async function recordCheckResult(
  db: Kysely<Database>,
  target: { host: string; url: string },
  result: LinkCheckResult,
): Promise<void> {
  await db
    .updateTable('links')
    .set({
      checked_at: sql<Date>`now()`,
      outcome: result.outcome,
      http_status: result.httpStatus,
      problem: result.problem,
      moved_to: result.movedTo,
    })
    .where('host', '=', target.host)
    .where('url', '=', target.url)
    .where(isDue)
    .execute();
}

/**
 * Takes the next turn to send a request to a host, for all servers at once: each turn comes at least
 * `pauseMs` after the one before began, and after the one before ended (see `endHostTurn`). Returns how
 * many milliseconds to wait for it.
 */
export async function reserveHostTurn(db: Kysely<Database>, host: string, pauseMs: number): Promise<number> {
  const pause = pauseInterval(pauseMs);
  const result = await sql<{ wait_ms: string | number }>`
    insert into link_hosts as h (host, next_request_at) values (${host}, now() + ${pause})
    on conflict (host) do update set next_request_at = greatest(h.next_request_at, now()) + ${pause}
    returning extract(epoch from (h.next_request_at - ${pause} - now())) * 1000 as wait_ms`.execute(db);
  return Math.max(0, Number(result.rows[0]?.wait_ms ?? 0));
}

/** Ends a turn: the next request to the host waits the pause from now, however long this one took. */
export async function endHostTurn(db: Kysely<Database>, host: string, pauseMs: number): Promise<void> {
  await sql`
    update link_hosts set next_request_at = greatest(next_request_at, now() + ${pauseInterval(pauseMs)})
    where host = ${host}`.execute(db);
}

function pauseInterval(pauseMs: number) {
  return sql`make_interval(secs => ${pauseMs / 1000})`;
}
