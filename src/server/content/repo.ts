import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ContentVersionsTable, Database } from '../../db/schema.ts';

export type VersionRow = Selectable<ContentVersionsTable>;

/** Creates a content item of a kind in a region and returns its id. */
export async function insertItem(db: Kysely<Database>, regionId: number, kind: 'page'): Promise<number> {
  const row = await db
    .insertInto('content_items')
    .values({ region_id: regionId, kind })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Stores a new version; versions are never updated afterwards, except their workflow status. */
export function insertVersion(
  db: Kysely<Database>,
  values: Insertable<ContentVersionsTable>,
): Promise<VersionRow> {
  return db.insertInto('content_versions').values(values).returningAll().executeTakeFirstOrThrow();
}

/** A version of an item in a region, if it exists there. */
export function findVersion(
  db: Kysely<Database>,
  options: { regionId: number; itemId: number; versionId: number },
): Promise<VersionRow | undefined> {
  return db
    .selectFrom('content_versions')
    .selectAll()
    .where('region_id', '=', options.regionId)
    .where('item_id', '=', options.itemId)
    .where('id', '=', options.versionId)
    .executeTakeFirst();
}

/** The versions with the given ids in a region (any item, any language); unknown ids are left out. */
export function listVersionsById(
  db: Kysely<Database>,
  options: { regionId: number; versionIds: number[] },
): Promise<VersionRow[]> {
  if (options.versionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('content_versions')
    .selectAll()
    .where('region_id', '=', options.regionId)
    .where('id', 'in', options.versionIds)
    .execute();
}

/** What the translation-state derivation needs of a version. */
const factColumns = [
  'id',
  'item_id',
  'language_tag',
  'status',
  'is_minor',
  'is_machine_translated',
  'source_language_tag',
  'source_version_id',
] as const;

/** What the translation-state derivation needs of every version of the given items. */
export function listVersionFacts(db: Kysely<Database>, regionId: number, itemIds: number[]) {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('content_versions')
    .select(factColumns)
    .where('region_id', '=', regionId)
    .where('item_id', 'in', itemIds)
    .execute();
}

/** What the translation states of all of a region's items depend on, and each version's title. */
export function listVersionFactsOfRegion(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('content_versions')
    .select([...factColumns, 'title'])
    .where('region_id', '=', regionId)
    .execute();
}

/** The newest version of each of the given items in one language, whatever its status. */
export function listNewestVersions(
  db: Kysely<Database>,
  options: { regionId: number; itemIds: number[]; language: string },
): Promise<VersionRow[]> {
  if (options.itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('content_versions')
    .selectAll()
    .distinctOn('item_id')
    .where('region_id', '=', options.regionId)
    .where('item_id', 'in', options.itemIds)
    .where('language_tag', '=', options.language)
    .orderBy('item_id')
    .orderBy('id', 'desc')
    .execute();
}

/** The newest published version of each of these items in a language (a slim row). */
export function listNewestPublishedIn(
  db: Kysely<Database>,
  options: { regionId: number; language: string; itemIds: number[] },
) {
  if (options.itemIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('content_versions')
    .select(['id', 'item_id', 'language_tag', 'title', 'content_html'])
    .distinctOn('item_id')
    .where('region_id', '=', options.regionId)
    .where('language_tag', '=', options.language)
    .where('status', '=', 'published')
    .where('item_id', 'in', options.itemIds)
    .orderBy('item_id')
    .orderBy('id', 'desc')
    .execute();
}

/** The newest published version of every item of a kind in a region, per language. */
export function listNewestPublished(
  db: Kysely<Database>,
  options: { regionId: number; kind: 'page' },
): Promise<VersionRow[]> {
  return db
    .selectFrom('content_versions as v')
    .innerJoin('content_items as i', (join) =>
      join.onRef('i.id', '=', 'v.item_id').onRef('i.region_id', '=', 'v.region_id'),
    )
    .selectAll('v')
    .distinctOn(['v.item_id', 'v.language_tag'])
    .where('v.region_id', '=', options.regionId)
    .where('v.status', '=', 'published')
    .where('i.kind', '=', options.kind)
    .orderBy('v.item_id')
    .orderBy('v.language_tag')
    .orderBy('v.id', 'desc')
    .execute();
}

/** The slugs of the given items in one language that someone could see: the newest version and the newest published one. */
export async function listSlugsInUse(
  db: Kysely<Database>,
  options: { regionId: number; itemIds: number[]; language: string },
): Promise<{ item_id: number; slug: string }[]> {
  if (options.itemIds.length === 0) return [];
  const newest = await listNewestVersions(db, options);
  const published = await db
    .selectFrom('content_versions')
    .select(['item_id', 'slug'])
    .distinctOn('item_id')
    .where('region_id', '=', options.regionId)
    .where('item_id', 'in', options.itemIds)
    .where('language_tag', '=', options.language)
    .where('status', '=', 'published')
    .orderBy('item_id')
    .orderBy('id', 'desc')
    .execute();
  return [...newest.map(({ item_id, slug }) => ({ item_id, slug })), ...published];
}

/** The slugs an item shows in each language: of its newest version and of its newest published one. */
export async function listSlugsOfItem(
  db: Kysely<Database>,
  options: { regionId: number; itemId: number },
): Promise<{ language: string; slug: string }[]> {
  const versions = await db
    .selectFrom('content_versions')
    .select(['id', 'language_tag', 'slug', 'status'])
    .where('region_id', '=', options.regionId)
    .where('item_id', '=', options.itemId)
    .orderBy('id', 'desc')
    .execute();
  const shown = new Map<string, { language: string; slug: string }>();
  const seen = new Set<string>();
  for (const version of versions) {
    for (const kind of ['newest', version.status === 'published' ? 'published' : undefined]) {
      const key = `${version.language_tag}:${kind}`;
      if (!kind || seen.has(key)) continue;
      seen.add(key);
      shown.set(`${version.language_tag}:${version.slug}`, {
        language: version.language_tag,
        slug: version.slug,
      });
    }
  }
  return [...shown.values()];
}
