import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** A page text that matched a search, with its score. */
export interface SearchHit {
  item_id: number;
  language_tag: string;
  title: string;
  content_html: string;
  score: number;
}

/**
 * Arabic letters people type interchangeably (alef with and without hamza or madda, ta marbuta and ha, alef
 * maqsura and ya) folded together for the similarity comparison.
 */
const arabicFrom = 'أإآٱةى';
const arabicTo = 'ااااهي';

/**
 * Published page texts of a region in the given languages that match a query: by full text with each
 * language's stemming, or by trigram word similarity so that typos and split compounds still find.
 */
export async function findMatchingPages(
  db: Kysely<Database>,
  options: {
    regionId: number;
    languages: { tag: string; config: string }[];
    query: string;
    joinedQuery: string;
    limit: number;
  },
): Promise<SearchHit[]> {
  const [first, second = first] = options.languages;
  if (!first || !second) return [];
  const fold = (value: unknown) => sql`translate(${value}, ${arabicFrom}, ${arabicTo})`;
  const [query, joined, title, body] = [
    options.query,
    options.joinedQuery,
    sql.ref('title'),
    sql.ref('body'),
  ].map(fold);
  const result = await sql<SearchHit>`
    with latest as (
      select distinct on (v.item_id, v.language_tag)
        v.item_id, v.language_tag, v.title, v.content_html,
        regexp_replace(v.content_html, '<[^>]*>', ' ', 'g') as body
      from content_versions v
      join content_items i on i.id = v.item_id and i.region_id = v.region_id
      where v.region_id = ${options.regionId}
        and v.status = 'published'
        and i.kind = 'page'
        and v.language_tag in (${first.tag}, ${second.tag})
      order by v.item_id, v.language_tag, v.id desc
    ),
    configured as (
      select *, (case when language_tag = ${first.tag} then ${first.config} else ${second.config} end)::regconfig as cfg
      from latest
    ),
    scored as (
      select item_id, language_tag, title, content_html,
        (setweight(to_tsvector(cfg, title), 'A') || to_tsvector(cfg, body)) @@ websearch_to_tsquery(cfg, ${options.query})
          as is_full_text_match,
        ts_rank(setweight(to_tsvector(cfg, title), 'A') || to_tsvector(cfg, body), websearch_to_tsquery(cfg, ${options.query}))
          as rank,
        greatest(
          word_similarity(${query}, ${title}),
          word_similarity(${query}, ${body}),
          word_similarity(${joined}, ${title}),
          word_similarity(${joined}, ${body})
        ) as similarity
      from configured
    )
    select item_id, language_tag, title, content_html, (rank * 2 + similarity)::float8 as score
    from scored
    where is_full_text_match or similarity >= 0.5
    order by score desc, item_id
    limit ${options.limit}
  `.execute(db);
  return result.rows;
}
