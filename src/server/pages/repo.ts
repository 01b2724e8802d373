import type { Insertable, Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Database, PagesTable } from '../../db/schema.ts';

export type PageRow = Selectable<PagesTable>;

/** Every page of a region, archived ones included. */
export function listPages(db: Kysely<Database>, regionId: number): Promise<PageRow[]> {
  return db.selectFrom('pages').selectAll().where('region_id', '=', regionId).execute();
}

/** A page of a region, if it is there. */
export function findPage(
  db: Kysely<Database>,
  regionId: number,
  pageId: number,
): Promise<PageRow | undefined> {
  return pageOfRegion(db, regionId, pageId).executeTakeFirst();
}

function pageOfRegion(db: Kysely<Database>, regionId: number, pageId: number) {
  return db.selectFrom('pages').selectAll().where('region_id', '=', regionId).where('id', '=', pageId);
}

/**
 * Makes changes to a region's page structure and slugs take turns until the transaction ends, so that checks
 * (unique sibling slugs, no cycles) and writes cannot interleave.
 */
export async function lockRegionStructure(db: Kysely<Database>, regionId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(7416, ${regionId}::int)`.execute(db);
}

/** A page of a region, locked until the transaction ends, so that saves of one page take turns. */
export function lockPage(
  db: Kysely<Database>,
  regionId: number,
  pageId: number,
): Promise<PageRow | undefined> {
  return pageOfRegion(db, regionId, pageId).forUpdate().executeTakeFirst();
}

/** Stores a page's place in the tree; its id is that of its content item. */
export function insertPage(db: Kysely<Database>, values: Insertable<PagesTable>): Promise<PageRow> {
  return db.insertInto('pages').values(values).returningAll().executeTakeFirstOrThrow();
}

/** The position after the last child of a parent (or of the top level). */
export async function nextPosition(
  db: Kysely<Database>,
  regionId: number,
  parentId: number | null,
): Promise<number> {
  const row = await db
    .selectFrom('pages')
    .select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next'))
    .where('region_id', '=', regionId)
    .where((eb) => (parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', parentId)))
    .executeTakeFirstOrThrow();
  return row.next;
}

/** The ids of a parent's children (or of the top-level pages). */
export async function listChildIds(
  db: Kysely<Database>,
  regionId: number,
  parentId: number | null,
): Promise<number[]> {
  const rows = await db
    .selectFrom('pages')
    .select('id')
    .where('region_id', '=', regionId)
    .where((eb) => (parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', parentId)))
    .execute();
  return rows.map((row) => row.id);
}

/** Moves a page, changes its position or archives it; siblings at or after the new position move down one. */
export async function updatePagePlacement(
  db: Kysely<Database>,
  options: {
    regionId: number;
    pageId: number;
    parentId: number | null;
    position: number;
    isArchived: boolean;
  },
): Promise<void> {
  await db
    .updateTable('pages')
    .set((eb) => ({ position: eb('position', '+', 1) }))
    .where('region_id', '=', options.regionId)
    .where((eb) =>
      options.parentId === null ? eb('parent_id', 'is', null) : eb('parent_id', '=', options.parentId),
    )
    .where('position', '>=', options.position)
    .where('id', '!=', options.pageId)
    .execute();
  await db
    .updateTable('pages')
    .set({ parent_id: options.parentId, position: options.position, is_archived: options.isArchived })
    .where('region_id', '=', options.regionId)
    .where('id', '=', options.pageId)
    .execute();
}

/**
 * The ids of the region's pages that can be reached from the top level without passing an archived page,
 * as a query: an archived page hides the pages below it from the public too. (The public tree,
 * `public-tree.ts`, shows of these the ones with a published text in the language, along the whole path.)
 */
export function selectReachablePageIds(db: Kysely<Database>, regionId: number) {
  return db
    .withRecursive('reachable(id)', (qb) =>
      qb
        .selectFrom('pages')
        .select('id')
        .where('region_id', '=', regionId)
        .where('parent_id', 'is', null)
        .where('is_archived', '=', false)
        .unionAll(
          qb
            .selectFrom('pages as child')
            .innerJoin('reachable', 'reachable.id', 'child.parent_id')
            .select('child.id')
            .where('child.region_id', '=', regionId)
            .where('child.is_archived', '=', false),
        ),
    )
    .selectFrom('reachable')
    .select('reachable.id');
}
