import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** A published translation beside the source version it was made from. */
export interface TranslationPairRow {
  item_id: number;
  version_id: number;
  title: string;
  content_html: string;
  is_machine_translated: boolean;
  source_title: string;
  source_html: string;
}

/**
 * For each page of the region, its newest published text in `targetLanguage` that was translated from
 * `sourceLanguage`, with that source version's text.
 */
export async function listPublishedTranslationPairs(
  db: Kysely<Database>,
  options: { regionId: number; sourceLanguage: string; targetLanguage: string },
): Promise<TranslationPairRow[]> {
  const result = await sql<TranslationPairRow>`
    select distinct on (t.item_id) t.item_id, t.id as version_id, t.title, t.content_html,
      t.is_machine_translated, s.title as source_title, s.content_html as source_html
    from content_versions t
    join content_versions s on s.id = t.source_version_id and s.region_id = t.region_id
    where t.region_id = ${options.regionId} and t.language_tag = ${options.targetLanguage}
      and t.status = 'published' and s.language_tag = ${options.sourceLanguage}
    order by t.item_id, t.id desc`.execute(db);
  return result.rows;
}
