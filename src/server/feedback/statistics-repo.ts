import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { pageTitleOf } from './repo.ts';

/**
 * Per page of the region: how many readers found it helpful and how many did not, with its title (see
 * `pageTitleOf`). Feedback marked as spam does not count.
 */
export function listPageRatings(db: Kysely<Database>, options: { regionId: number; titleLanguage: string }) {
  return db
    .selectFrom('feedback as f')
    .select([
      'f.target_id',
      sql<number>`(count(*) filter (where f.is_helpful))::integer`.as('helpful'),
      sql<number>`(count(*) filter (where not f.is_helpful))::integer`.as('not_helpful'),
      pageTitleOf(options).as('title'),
    ])
    .where('f.region_id', '=', options.regionId)
    .where('f.target_type', '=', 'page')
    .where('f.is_helpful', 'is not', null)
    .where('f.status', '<>', 'spam')
    .groupBy('f.target_id')
    .execute();
}

/**
 * The searches readers of the region said found nothing, per query (ignoring case) and language, apart
 * from spam. The retention period erases the words, so these are the searches of that period.
 */
export function listUnsuccessfulSearches(db: Kysely<Database>, regionId: number, limit = 100) {
  return db
    .selectFrom('feedback as f')
    .select((eb) => [
      eb.fn.min('f.search_query').as('query'),
      'f.language_tag',
      sql<number>`count(*)::integer`.as('count'),
      eb.fn.max('f.created_at').as('last_at'),
    ])
    .where('f.region_id', '=', regionId)
    .where('f.target_type', '=', 'search')
    .where('f.search_query', 'is not', null)
    .where('f.status', '<>', 'spam')
    .groupBy([sql`lower(f.search_query)`, 'f.language_tag'])
    .orderBy('count', 'desc')
    .orderBy('last_at', 'desc')
    .limit(limit)
    .execute();
}
