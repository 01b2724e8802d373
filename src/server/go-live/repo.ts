import type { Kysely } from 'kysely';
import type { Database, LegalPurpose } from '../../db/schema.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import type { GoLiveFacts } from './conditions.ts';

/** The region's responsible official and contact channel, with whether they still manage the region. */
export function findOfficial(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('region_officials as ro')
    .leftJoin('users as u', 'u.id', 'ro.user_id')
    .select((eb) => [
      'ro.user_id',
      'ro.public_name',
      'ro.email',
      'ro.phone',
      'ro.office_hours',
      'ro.response_days',
      'u.display_name as user_name',
      eb
        .exists(
          eb
            .selectFrom('region_roles as rr')
            .select('rr.user_id')
            .whereRef('rr.user_id', '=', 'ro.user_id')
            .whereRef('rr.region_id', '=', 'ro.region_id')
            .where('rr.role', '=', 'region-manager'),
        )
        .as('is_region_manager'),
    ])
    .where('ro.region_id', '=', regionId)
    .executeTakeFirst();
}

/** Names (or changes) the responsible official and their public contact channel. */
export async function upsertOfficial(
  db: Kysely<Database>,
  values: {
    region_id: number;
    user_id: number;
    public_name: string;
    email: string;
    phone: string;
    office_hours: string;
    response_days: number;
  },
): Promise<void> {
  await db
    .insertInto('region_officials')
    .values(values)
    .onConflict((conflict) =>
      conflict.column('region_id').doUpdateSet((eb) => ({
        user_id: eb.ref('excluded.user_id'),
        public_name: eb.ref('excluded.public_name'),
        email: eb.ref('excluded.email'),
        phone: eb.ref('excluded.phone'),
        office_hours: eb.ref('excluded.office_hours'),
        response_days: eb.ref('excluded.response_days'),
        updated_at: new Date(),
      })),
    )
    .execute();
}

/** Chooses (or, with null, forgets) the page for each given purpose. */
export async function setLegalPages(
  db: Kysely<Database>,
  regionId: number,
  pages: Partial<Record<LegalPurpose, number | null>>,
): Promise<void> {
  for (const [purpose, pageId] of Object.entries(pages) as [LegalPurpose, number | null][]) {
    await db
      .deleteFrom('region_legal_pages')
      .where('region_id', '=', regionId)
      .where('purpose', '=', purpose)
      .execute();
    if (pageId !== null) {
      await db
        .insertInto('region_legal_pages')
        .values({ region_id: regionId, purpose, page_id: pageId })
        .execute();
    }
  }
}

/**
 * Everything the go-live gate looks at, read at once: the facts the conditions are derived from, and the
 * official and legal pages as they are set (for the checklist screen).
 */
export async function loadGoLiveState(db: Kysely<Database>, where: WorkspaceRegion) {
  const { region } = where;
  const [official, legal, topLevel] = await Promise.all([
    findOfficial(db, region.id),
    db
      .selectFrom('region_legal_pages as l')
      .innerJoin('pages as p', (join) =>
        join.onRef('p.region_id', '=', 'l.region_id').onRef('p.id', '=', 'l.page_id'),
      )
      .select(['l.purpose', 'l.page_id', 'p.is_archived'])
      .where('l.region_id', '=', region.id)
      .execute(),
    db
      .selectFrom('pages')
      .select('id')
      .where('region_id', '=', region.id)
      .where('parent_id', 'is', null)
      .where('is_archived', '=', false)
      .execute(),
  ]);
  const candidates = [...new Set([...legal.map((row) => row.page_id), ...topLevel.map((row) => row.id)])];
  const published = new Set(
    candidates.length === 0
      ? []
      : (
          await db
            .selectFrom('content_versions')
            .select('item_id')
            .distinct()
            .where('region_id', '=', region.id)
            .where('language_tag', '=', region.default_language)
            .where('status', '=', 'published')
            .where('item_id', 'in', candidates)
            .execute()
        ).map((row) => row.item_id),
  );
  const facts: GoLiveFacts = {
    official: official
      ? {
          isRegionManager: Boolean(official.is_region_manager),
          email: official.email,
          phone: official.phone,
          officeHours: official.office_hours,
          responseDays: official.response_days,
        }
      : null,
    legalPages: Object.fromEntries(
      legal.map((row) => [row.purpose, { isPublished: !row.is_archived && published.has(row.page_id) }]),
    ),
    unpublishedTopLevelPageIds: topLevel.map((row) => row.id).filter((id) => !published.has(id)),
    topLevelPageCount: topLevel.length,
    otherVisibleLanguages: where.languages
      .filter((language) => language.is_visible && language.tag !== region.default_language)
      .map((language) => language.tag),
  };
  return { facts, official, legalPages: legal };
}

/** Flags the region as without official since the given time, or (with null) clears the flag. */
export async function setOfficialMissingSince(
  db: Kysely<Database>,
  regionId: number,
  since: Date | null,
): Promise<void> {
  await db.updateTable('regions').set({ official_missing_since: since }).where('id', '=', regionId).execute();
}

/** Who is told when a region loses its official: its managers and every platform admin. */
export function listOfficialWatchers(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.email'])
    .where((eb) =>
      eb.or([
        eb('u.is_platform_admin', '=', true),
        eb.exists(
          eb
            .selectFrom('region_roles as rr')
            .select('rr.user_id')
            .whereRef('rr.user_id', '=', 'u.id')
            .where('rr.region_id', '=', regionId)
            .where('rr.role', '=', 'region-manager'),
        ),
      ]),
    )
    .orderBy('u.id')
    .execute();
}

/** The pages chosen as imprint, privacy notice and accessibility statement. */
export function listLegalPages(db: Kysely<Database>, regionId: number) {
  return db
    .selectFrom('region_legal_pages')
    .select(['purpose', 'page_id'])
    .where('region_id', '=', regionId)
    .execute();
}
