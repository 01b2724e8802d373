import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { LANGUAGES } from '../../shared/languages.ts';

/** Brings the language registry in the database in step with the one Lotse ships; adds and updates, never deletes. */
export async function syncLanguageRegistry(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('languages')
    .values(
      LANGUAGES.map((language) => ({
        tag: language.tag,
        native_name: language.nativeName,
        english_name: language.englishName,
        direction: language.direction,
        script: language.script,
      })),
    )
    .onConflict((conflict) =>
      conflict.column('tag').doUpdateSet((eb) => ({
        native_name: eb.ref('excluded.native_name'),
        english_name: eb.ref('excluded.english_name'),
        direction: eb.ref('excluded.direction'),
        script: eb.ref('excluded.script'),
      })),
    )
    .execute();
}
