import type { Insertable, Kysely, Selectable } from 'kysely';
import type { AutosavesTable, Database } from '../../db/schema.ts';

export type AutosaveRow = Selectable<AutosavesTable>;

/** Whose autosave of which page in which language. */
export interface AutosaveKey {
  userId: number;
  pageId: number;
  language: string;
}

/** Stores what a user is typing on a page in a language, replacing their previous autosave of it. */
export async function upsertAutosave(
  db: Kysely<Database>,
  regionId: number,
  key: AutosaveKey,
  text: Pick<Insertable<AutosavesTable>, 'title' | 'slug' | 'content_html' | 'base_version_id'>,
): Promise<Date> {
  const now = new Date();
  const row = await db
    .insertInto('autosaves')
    .values({
      ...text,
      user_id: key.userId,
      region_id: regionId,
      item_id: key.pageId,
      language_tag: key.language,
      saved_at: now,
    })
    .onConflict((conflict) =>
      conflict.columns(['user_id', 'item_id', 'language_tag']).doUpdateSet({ ...text, saved_at: now }),
    )
    .returning('saved_at')
    .executeTakeFirstOrThrow();
  return row.saved_at;
}

/** A user's autosave of a page in a language, if there is one. */
export function findAutosave(
  db: Kysely<Database>,
  regionId: number,
  key: AutosaveKey,
): Promise<AutosaveRow | undefined> {
  return db
    .selectFrom('autosaves')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('user_id', '=', key.userId)
    .where('item_id', '=', key.pageId)
    .where('language_tag', '=', key.language)
    .executeTakeFirst();
}

/** Removes a user's autosave of a page in a language; nothing happens if there is none. */
export async function deleteAutosave(
  db: Kysely<Database>,
  regionId: number,
  key: AutosaveKey,
): Promise<void> {
  await db
    .deleteFrom('autosaves')
    .where('region_id', '=', regionId)
    .where('user_id', '=', key.userId)
    .where('item_id', '=', key.pageId)
    .where('language_tag', '=', key.language)
    .execute();
}
