import type { Insertable, Kysely } from 'kysely';
import type { Database, VersionReadingEaseTable } from '../../db/schema.ts';
import { selectReachablePageIds } from '../pages/repo.ts';

/**
 * The newest published version in a language of every page the public can reach (see
 * `selectReachablePageIds`), with the reading ease stored for it, if any (`revision` null when none is).
 */
export function listPublishedWithReadingEase(
  db: Kysely<Database>,
  options: { regionId: number; language: string },
) {
  return db
    .selectFrom('content_versions as v')
    .leftJoin('version_reading_ease as e', (join) =>
      join.onRef('e.version_id', '=', 'v.id').onRef('e.region_id', '=', 'v.region_id'),
    )
    .select([
      'v.id as version_id',
      'v.item_id as page_id',
      'v.title',
      'e.revision',
      'e.score',
      'e.words',
      'e.sentences',
    ])
    .distinctOn('v.item_id')
    .where('v.region_id', '=', options.regionId)
    .where('v.language_tag', '=', options.language)
    .where('v.status', '=', 'published')
    .where('v.item_id', 'in', selectReachablePageIds(db, options.regionId))
    .orderBy('v.item_id')
    .orderBy('v.id', 'desc')
    .execute();
}

/** Keeps the reading ease computed from versions' texts, replacing what an older revision computed. */
export async function upsertReadingEase(
  db: Kysely<Database>,
  rows: Insertable<VersionReadingEaseTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('version_reading_ease')
    .values(rows)
    .onConflict((conflict) =>
      conflict.column('version_id').doUpdateSet((eb) => ({
        revision: eb.ref('excluded.revision'),
        score: eb.ref('excluded.score'),
        words: eb.ref('excluded.words'),
        sentences: eb.ref('excluded.sentences'),
      })),
    )
    .execute();
}
