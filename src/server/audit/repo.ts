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
