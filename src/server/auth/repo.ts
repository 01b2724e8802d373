import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../../db/schema.ts';

export type SessionRow = Selectable<SessionsTable>;

/** Stores a new session. */
export async function insertSession(db: Kysely<Database>, values: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(values).execute();
}

/** A session that has not expired, by the hash of its token. */
export function findLiveSession(db: Kysely<Database>, id: string): Promise<SessionRow | undefined> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', id)
    .where('expires_at', '>', new Date())
    .executeTakeFirst();
}

/** Moves a session's last use and expiry forward. */
export async function touchSession(db: Kysely<Database>, id: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(), expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

/** A user's sessions that have not expired, newest first. */
export function listLiveSessions(db: Kysely<Database>, userId: number): Promise<SessionRow[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', new Date())
    .orderBy('last_seen_at', 'desc')
    .execute();
}

/** Ends one session of a user. */
export async function deleteSession(db: Kysely<Database>, userId: number, id: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ends every session of a user. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: number): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Switches two-factor sign-in off for a user and forgets the secret. */
export async function switchOffTotp(db: Kysely<Database>, userId: number): Promise<void> {
  await db
    .updateTable('users')
    .set({ is_totp_enabled: false, totp_secret: null })
    .where('id', '=', userId)
    .execute();
}
