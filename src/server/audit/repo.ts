import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** One entry of the audit log. */
export interface AuditEntry {
  action: string;
  regionId?: number | null;
  userId?: number | null;
  details?: Record<string, unknown>;
}

/** Records what happened; the log is only ever appended to. */
export async function insertAuditEntry(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      action: entry.action,
      region_id: entry.regionId ?? null,
      user_id: entry.userId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/** The audit log of a user, newest first. */
export function listAuditEntriesOfUser(db: Kysely<Database>, userId: number, limit = 100) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The audit log of a region, newest first, optionally only some actions or one user's, from a time on. It
 * includes the account events of the region's members (sign-ins, failed sign-ins, two-factor changes),
 * which belong to no region, so that a region's managers see who signs in to work on it.
 */
export function listAuditEntriesOfRegion(
  db: Kysely<Database>,
  options: {
    regionId: number;
    action?: string | undefined;
    userId?: number | undefined;
    since?: Date | undefined;
    limit: number;
  },
) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.action', 'a.user_id', 'u.email', 'a.details', 'a.created_at'])
    .where((eb) =>
      eb.or([
        eb('a.region_id', '=', options.regionId),
        eb.and([
          eb('a.region_id', 'is', null),
          eb(
            'a.user_id',
            'in',
            eb.selectFrom('region_roles').select('user_id').where('region_id', '=', options.regionId),
          ),
        ]),
      ]),
    );
  if (options.action)
    query = query.where('a.action', 'like', `${options.action.replace(/[%_\\]/g, '\\$&')}%`);
  if (options.userId) query = query.where('a.user_id', '=', options.userId);
  if (options.since) query = query.where('a.created_at', '>=', options.since);
  return query.orderBy('a.id', 'desc').limit(options.limit).execute();
}
