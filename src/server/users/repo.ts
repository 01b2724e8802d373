import type { Insertable, Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Database, RegionRolesTable, UsersTable } from '../../db/schema.ts';
import { invalidInput } from '../errors.ts';

export type UserRow = Selectable<UsersTable>;

/** The user with this e-mail address, ignoring case. */
export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where(sql`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

/** Stores a new user. */
export function insertUser(db: Kysely<Database>, values: Insertable<UsersTable>): Promise<UserRow> {
  return db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Gives a user a role in a region. */
export async function insertRegionRole(
  db: Kysely<Database>,
  values: Insertable<RegionRolesTable>,
): Promise<void> {
  await db.insertInto('region_roles').values(values).execute();
}

/** A user's roles, with the slug and name of each region and, for translators, their languages there. */
export function listRegionRoles(db: Kysely<Database>, userId: number) {
  return db
    .selectFrom('region_roles as rr')
    .innerJoin('regions as r', 'r.id', 'rr.region_id')
    .select(['r.id as regionId', 'r.slug as region', 'r.name as regionName', 'rr.role'])
    .select(
      sql<string[]>`coalesce((select array_agg(tl.language_tag order by tl.language_tag)
        from translator_languages tl where tl.user_id = rr.user_id and tl.region_id = rr.region_id), '{}')`.as(
        'translatorLanguages',
      ),
    )
    .where('rr.user_id', '=', userId)
    .orderBy('r.name')
    .execute();
}

export type RegionRoleRow = Awaited<ReturnType<typeof listRegionRoles>>[number];

/**
 * Gives a translator their target languages in a region; every one must be enabled there (all problems
 * listed otherwise, nothing written).
 */
export async function assignTranslatorLanguages(
  db: Kysely<Database>,
  options: { userId: number; regionId: number; languages: string[]; enabled: string[] },
): Promise<void> {
  const unknown = options.languages.filter((tag) => !options.enabled.includes(tag));
  if (unknown.length > 0) {
    throw invalidInput([
      { field: 'translatorLanguages', message: `the region does not enable ${unknown.join(', ')}` },
    ]);
  }
  for (const language of options.languages) {
    await db
      .insertInto('translator_languages')
      .values({ user_id: options.userId, region_id: options.regionId, language_tag: language })
      .execute();
  }
}

/** The people who hold a role in a region, by e-mail address, with translators' languages there. */
export function listMembersOfRegion(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('region_roles as rr')
    .innerJoin('users as u', 'u.id', 'rr.user_id')
    .select(['u.id', 'u.email', 'u.display_name', 'rr.role', 'u.password_hash', 'u.is_totp_enabled'])
    .select(
      sql<string[]>`coalesce((select array_agg(tl.language_tag order by tl.language_tag)
        from translator_languages tl where tl.user_id = rr.user_id and tl.region_id = rr.region_id), '{}')`.as(
        'translator_languages',
      ),
    )
    .where('rr.region_id', '=', regionId)
    .orderBy('u.email')
    .execute();
}

export type RegionMemberRow = Awaited<ReturnType<typeof listMembersOfRegion>>[number];

/** The role someone holds in a region, if any. */
export function findRegionRole(db: Kysely<Database>, options: { regionId: number; userId: number }) {
  return db
    .selectFrom('region_roles')
    .select('role')
    .where('region_id', '=', options.regionId)
    .where('user_id', '=', options.userId)
    .executeTakeFirst();
}

/** How many region managers the region has. */
export async function countManagers(db: Kysely<Database>, regionId: number): Promise<number> {
  const row = await db
    .selectFrom('region_roles')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('region_id', '=', regionId)
    .where('role', '=', 'region-manager')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Ends someone's role in a region (with a translator's languages there). */
export async function deleteRegionRole(
  db: Kysely<Database>,
  options: { regionId: number; userId: number },
): Promise<void> {
  await db
    .deleteFrom('translator_languages')
    .where('region_id', '=', options.regionId)
    .where('user_id', '=', options.userId)
    .execute();
  await db
    .deleteFrom('region_roles')
    .where('region_id', '=', options.regionId)
    .where('user_id', '=', options.userId)
    .execute();
}

/** The region's managers: who may be named its responsible official, and whom feedback is assigned to. */
export async function listRegionManagers(db: Kysely<Database>, regionId: number) {
  const rows = await db
    .selectFrom('region_roles as rr')
    .innerJoin('users as u', 'u.id', 'rr.user_id')
    .select(['u.id', 'u.display_name', 'u.email'])
    .where('rr.region_id', '=', regionId)
    .where('rr.role', '=', 'region-manager')
    .orderBy('u.display_name')
    .orderBy('u.email')
    .execute();
  return rows.map((row) => ({ userId: row.id, name: row.display_name, email: row.email }));
}
