import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Per page of the region: how many readers found it helpful and how many did not, with its title. */
export function listPageRatings(db: Kysely<Database>, options: { regionId: number; titleLanguage: string }) {
  return db
    .selectFrom('feedback as f')
    .select([
      'f.target_id',
      sql<number>`(count(*) filter (where f.is_helpful))::integer`.as('helpful'),
      sql<number>`(count(*) filter (where not f.is_helpful))::integer`.as('not_helpful'),
      sql<string | null>`(select v.title from content_versions v
        where v.region_id = ${options.regionId} and v.item_id = f.target_id
        order by (v.language_tag = ${options.titleLanguage}) desc, v.id desc limit 1)`.as('title'),
    ])
    .where('f.region_id', '=', options.regionId)
    .where('f.target_type', '=', 'page')
    .where('f.is_helpful', 'is not', null)
    .groupBy('f.target_id')
    .execute();
}

/** The searches readers of the region said found nothing, per query (ignoring case) and language. */
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
    .groupBy([sql`lower(f.search_query)`, 'f.language_tag'])
    .orderBy('count', 'desc')
    .orderBy('last_at', 'desc')
    .limit(limit)
    .execute();
}
