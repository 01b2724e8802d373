import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, RegionLanguagesTable, RegionsTable } from '../../db/schema.ts';

export type RegionRow = Selectable<RegionsTable>;

/** A language a region has enabled, with its registry entry. */
export interface RegionLanguageRow {
  tag: string;
  native_name: string;
  english_name: string;
  direction: 'ltr' | 'rtl';
  script: string;
  source_language_tag: string | null;
  is_visible: boolean;
  is_editable: boolean;
  position: number;
  machine_translation_provider: 'deepl' | 'libretranslate' | null;
  machine_translation_formality: 'more' | 'less' | null;
  may_publish_machine_translation: boolean;
}

/** The region with this slug, if there is one. */
export function findRegionBySlug(db: Kysely<Database>, slug: string): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('slug', '=', slug).executeTakeFirst();
}

/** The region with this id, if there is one. */
export function findRegionById(db: Kysely<Database>, id: number): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** All regions in one of the given states. */
export function listRegionsWithStatus(
  db: Kysely<Database>,
  statuses: RegionRow['status'][],
): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().where('status', 'in', statuses).orderBy('name').execute();
}

/** The languages a region has enabled, in its order. */
export function listRegionLanguages(db: Kysely<Database>, regionId: number): Promise<RegionLanguageRow[]> {
  return db
    .selectFrom('region_languages as rl')
    .innerJoin('languages as l', 'l.tag', 'rl.language_tag')
    .select([
      'l.tag',
      'l.native_name',
      'l.english_name',
      'l.direction',
      'l.script',
      'rl.source_language_tag',
      'rl.is_visible',
      'rl.is_editable',
      'rl.position',
      'rl.machine_translation_provider',
      'rl.machine_translation_formality',
      'rl.may_publish_machine_translation',
    ])
    .where('rl.region_id', '=', regionId)
    .orderBy('rl.position')
    .orderBy('l.tag')
    .execute();
}

/** Stores a new region and returns it. */
export function insertRegion(db: Kysely<Database>, values: Insertable<RegionsTable>): Promise<RegionRow> {
  return db.insertInto('regions').values(values).returningAll().executeTakeFirstOrThrow();
}

/** Enables languages for a region; sources must come before the languages translated from them. */
export async function insertRegionLanguages(
  db: Kysely<Database>,
  rows: Insertable<RegionLanguagesTable>[],
): Promise<void> {
  for (const row of rows) await db.insertInto('region_languages').values(row).execute();
}

/** Sets whether the region is public (draft, live, hidden, archived). */
export async function updateRegionStatus(
  db: Kysely<Database>,
  regionId: number,
  status: RegionRow['status'],
): Promise<void> {
  await db.updateTable('regions').set({ status }).where('id', '=', regionId).execute();
}

/** Changes a region's workspace settings. */
export async function updateRegionSettings(
  db: Kysely<Database>,
  regionId: number,
  values: {
    requires_manager_totp: boolean;
    review_interval_months?: number | undefined;
    official_grace_days?: number | undefined;
  },
): Promise<void> {
  await db.updateTable('regions').set(values).where('id', '=', regionId).execute();
}

/** Every region, by name (what platform admins see). */
export function listAllRegions(db: Kysely<Database>): Promise<RegionRow[]> {
  return db.selectFrom('regions').selectAll().orderBy('name').execute();
}

/** The regions in which someone holds a role, by name. */
export function listRegionsOfUser(db: Kysely<Database>, userId: number): Promise<RegionRow[]> {
  return db
    .selectFrom('regions')
    .selectAll()
    .where('id', 'in', (eb) =>
      eb.selectFrom('region_roles').select('region_id').where('user_id', '=', userId),
    )
    .orderBy('name')
    .execute();
}

/**
 * The region, locked until the transaction ends: changes to who runs it (roles, the official, its flag)
 * take turns, so that two at once never leave it without a manager or alert twice.
 */
export function lockRegion(db: Kysely<Database>, regionId: number): Promise<RegionRow | undefined> {
  return db.selectFrom('regions').selectAll().where('id', '=', regionId).forUpdate().executeTakeFirst();
}
