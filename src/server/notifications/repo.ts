import type { Kysely } from 'kysely';
import type { Database, NotificationsTable } from '../../db/schema.ts';

/** Stores notifications for several users at once. */
export async function insertNotifications(
  db: Kysely<Database>,
  rows: {
    user_id: number;
    region_id: number;
    kind: NotificationsTable['kind'];
    details: Record<string, unknown>;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values(rows.map((row) => ({ ...row, details: JSON.stringify(row.details) })))
    .execute();
}

/** A user's notifications, unread first, newest first. */
export function listNotifications(db: Kysely<Database>, userId: number, limit = 100) {
  return db
    .selectFrom('notifications as n')
    .innerJoin('regions as r', 'r.id', 'n.region_id')
    .select(['n.id', 'n.kind', 'n.details', 'n.created_at', 'n.read_at', 'r.slug as region'])
    .where('n.user_id', '=', userId)
    .orderBy(({ eb }) => eb('n.read_at', 'is', null), 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
}

/** Marks the user's own notifications as read; other users' ids are ignored. */
export async function markNotificationsRead(
  db: Kysely<Database>,
  userId: number,
  ids: number[],
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('id', 'in', ids)
    .where('read_at', 'is', null)
    .execute();
}

/** The users holding one of the given roles in a region, with their addresses. */
export function listUsersWithRoles(
  db: Kysely<Database>,
  regionId: number,
  roles: ('region-manager' | 'editor')[],
) {
  return db
    .selectFrom('region_roles as rr')
    .innerJoin('users as u', 'u.id', 'rr.user_id')
    .select(['u.id', 'u.email'])
    .where('rr.region_id', '=', regionId)
    .where('rr.role', 'in', roles)
    .execute();
}

/** A user's id and e-mail address, to send them a notification. */
export function findUserAddress(db: Kysely<Database>, userId: number) {
  return db.selectFrom('users').select(['id', 'email']).where('id', '=', userId).executeTakeFirst();
}

/** The translators of a region: one row per translator and assigned language. */
export function listTranslatorsOf(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('translator_languages as tl')
    .innerJoin('region_roles as rr', (join) =>
      join.onRef('rr.user_id', '=', 'tl.user_id').onRef('rr.region_id', '=', 'tl.region_id'),
    )
    .innerJoin('users as u', 'u.id', 'tl.user_id')
    .select(['u.id', 'u.email', 'tl.language_tag as language'])
    .where('tl.region_id', '=', regionId)
    .where('rr.role', '=', 'translator')
    .orderBy('u.id')
    .orderBy('tl.language_tag')
    .execute();
}
