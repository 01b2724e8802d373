import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import type { Database, LinkOutcome, LinksTable } from '../../db/schema.ts';

export type LinkRow = Selectable<LinksTable>;

/** Where a text uses an external link: the item, its language and the version it was found in. */
export interface LinkUse {
  url: string;
  host: string;
  itemType: 'page';
  itemId: number;
  language: string;
  versionId: number;
}

/** What the link list may be narrowed to: an outcome, or links not checked yet. */
export type LinkStatus = LinkOutcome | 'unchecked';

const rowsPerInsert = 500;

/**
 * Makes the work on the region's link index take turns until the transaction ends: indexing it (two at
 * once would both insert the same uses) and starting a run of its check (two clicks start one run). Taken
 * first in the transaction, before anything is read. Advisory lock 7417 (7415 is the migrations', 7416
 * the page structure's).
 */
export async function lockRegionLinks(db: Kysely<Database>, regionId: number): Promise<void> {
  await sql`select pg_advisory_xact_lock(7417, ${regionId}::int)`.execute(db);
}

/**
 * Makes the region's link index what its texts use now: the uses are replaced, new links are added (due
 * for a check), links no text uses any more are dropped. With `isRecheck` every link is due again.
 * Returns the hosts that have links due. Callers hold `lockRegionLinks`.
 */
export async function replaceRegionLinks(
  db: Kysely<Database>,
  regionId: number,
  options: { uses: LinkUse[]; isRecheck: boolean },
): Promise<string[]> {
  await db.deleteFrom('link_uses').where('region_id', '=', regionId).execute();
  const links = [...new Map(options.uses.map((use) => [use.url, use.host])).entries()];
  for (let start = 0; start < links.length; start += rowsPerInsert) {
    await db
      .insertInto('links')
      .values(
        links.slice(start, start + rowsPerInsert).map(([url, host]) => ({ region_id: regionId, url, host })),
      )
      .onConflict((conflict) =>
        options.isRecheck
          ? conflict.columns(['region_id', 'url']).doUpdateSet({ requested_at: sql<Date>`now()` })
          : conflict.columns(['region_id', 'url']).doNothing(),
      )
      .execute();
  }
  for (let start = 0; start < options.uses.length; start += rowsPerInsert) {
    await db
      .insertInto('link_uses')
      .values(
        options.uses.slice(start, start + rowsPerInsert).map((use) => ({
          region_id: regionId,
          url: use.url,
          item_type: use.itemType,
          item_id: use.itemId,
          language_tag: use.language,
          version_id: use.versionId,
        })),
      )
      .execute();
  }
  await db
    .deleteFrom('links')
    .where('region_id', '=', regionId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('link_uses as u')
            .select('u.url')
            .whereRef('u.region_id', '=', 'links.region_id')
            .whereRef('u.url', '=', 'links.url'),
        ),
      ),
    )
    .execute();
  const due = await db
    .selectFrom('links')
    .select('host')
    .distinct()
    .where('region_id', '=', regionId)
    .where(isDue)
    .orderBy('host')
    .execute();
  return due.map((row) => row.host);
}

/** The region's links, by address, optionally only those with some statuses. */
export function listLinks(db: Kysely<Database>, regionId: number, statuses: LinkStatus[] = []) {
  return db
    .selectFrom('links')
    .selectAll()
    .where('region_id', '=', regionId)
    .$if(statuses.length > 0, (query) => query.where((eb) => hasStatus(eb, statuses)))
    .orderBy('url')
    .execute();
}

/** Where the region's links (optionally only those with some statuses) are used, with the texts' titles. */
export function listLinkUses(db: Kysely<Database>, regionId: number, statuses: LinkStatus[] = []) {
  return db
    .selectFrom('link_uses as u')
    .innerJoin('links', (join) =>
      join.onRef('links.region_id', '=', 'u.region_id').onRef('links.url', '=', 'u.url'),
    )
    .innerJoin('content_versions as v', 'v.id', 'u.version_id')
    .select(['u.url', 'u.item_type', 'u.item_id', 'u.language_tag', 'u.version_id', 'v.title'])
    .where('u.region_id', '=', regionId)
    .$if(statuses.length > 0, (query) => query.where((eb) => hasStatus(eb, statuses)))
    .orderBy('u.item_id')
    .orderBy('u.language_tag')
    .execute();
}

/** Whether a link was asked to be checked after its last check (or was never checked). */
export function isDue(eb: ExpressionBuilder<Database, 'links'>) {
  return eb.or([eb('checked_at', 'is', null), eb('checked_at', '<', eb.ref('requested_at'))]);
}

function hasStatus(eb: ExpressionBuilder<Database, 'links'>, statuses: LinkStatus[]) {
  const outcomes = statuses.filter((status): status is LinkOutcome => status !== 'unchecked');
  return eb.or([
    ...(outcomes.length > 0 ? [eb('links.outcome', 'in', outcomes)] : []),
    ...(statuses.includes('unchecked') ? [eb('links.outcome', 'is', null)] : []),
  ]);
}

/**
 * The newest version (or, with `isPublishedOnly`, the newest published one) of each page in each language,
 * where that version's stored HTML contains `fragment`.
 */
export function listCurrentVersionsContaining(
  db: Kysely<Database>,
  options: { regionId: number; isPublishedOnly: boolean; fragment: string },
) {
  const current = db
    .selectFrom('content_versions as v')
    .innerJoin('content_items as i', (join) =>
      join.onRef('i.region_id', '=', 'v.region_id').onRef('i.id', '=', 'v.item_id'),
    )
    .selectAll('v')
    .distinctOn(['v.item_id', 'v.language_tag'])
    .where('v.region_id', '=', options.regionId)
    .where('i.kind', '=', 'page')
    .$if(options.isPublishedOnly, (query) => query.where('v.status', '=', 'published'))
    .orderBy('v.item_id')
    .orderBy('v.language_tag')
    .orderBy('v.id', 'desc');
  return db
    .selectFrom(current.as('current'))
    .selectAll()
    .where(sql<boolean>`position(${options.fragment} in current.content_html) > 0`)
    .orderBy('item_id')
    .orderBy('language_tag')
    .execute();
}
