import type { Kysely, Selectable } from 'kysely';
import type { Database, GlossaryTermsTable } from '../../db/schema.ts';

export type GlossaryTermRow = Selectable<GlossaryTermsTable>;

interface TermValues {
  term: string;
  isDoNotTranslate: boolean;
  translations: Record<string, string>;
  note: string;
}

/** A region's glossary, alphabetically. */
export function listGlossaryTerms(db: Kysely<Database>, regionId: number): Promise<GlossaryTermRow[]> {
  return db
    .selectFrom('glossary_terms')
    .selectAll()
    .where('region_id', '=', regionId)
    .orderBy('term')
    .execute();
}

/** One term of a region's glossary. */
export function findGlossaryTerm(
  db: Kysely<Database>,
  regionId: number,
  termId: number,
): Promise<GlossaryTermRow | undefined> {
  return db
    .selectFrom('glossary_terms')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('id', '=', termId)
    .executeTakeFirst();
}

/** The region's term spelled like this (any case), if there is one. */
export function findGlossaryTermByText(
  db: Kysely<Database>,
  regionId: number,
  term: string,
): Promise<GlossaryTermRow | undefined> {
  return db
    .selectFrom('glossary_terms')
    .selectAll()
    .where('region_id', '=', regionId)
    .where((eb) => eb(eb.fn('lower', ['term']), '=', term.toLowerCase()))
    .executeTakeFirst();
}

/** Stores a new term. */
export function insertGlossaryTerm(
  db: Kysely<Database>,
  regionId: number,
  values: TermValues,
): Promise<GlossaryTermRow> {
  return db
    .insertInto('glossary_terms')
    .values({ region_id: regionId, ...columns(values), updated_at: new Date() })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Changes a term if it was not changed since `expectedUpdatedAt`; undefined when it was (or is gone). Times
 * are written by the application in milliseconds, so the one read back compares equal.
 */
export function updateGlossaryTerm(
  db: Kysely<Database>,
  target: { regionId: number; termId: number; expectedUpdatedAt: Date },
  values: TermValues,
): Promise<GlossaryTermRow | undefined> {
  return db
    .updateTable('glossary_terms')
    .set({ ...columns(values), updated_at: new Date() })
    .where('region_id', '=', target.regionId)
    .where('id', '=', target.termId)
    .where('updated_at', '=', target.expectedUpdatedAt)
    .returningAll()
    .executeTakeFirst();
}

/** Removes a term; whether there was one. */
export async function deleteGlossaryTerm(
  db: Kysely<Database>,
  regionId: number,
  termId: number,
): Promise<GlossaryTermRow | undefined> {
  return db
    .deleteFrom('glossary_terms')
    .where('region_id', '=', regionId)
    .where('id', '=', termId)
    .returningAll()
    .executeTakeFirst();
}

function columns(values: TermValues) {
  return {
    term: values.term,
    is_do_not_translate: values.isDoNotTranslate,
    translations: JSON.stringify(values.translations),
    note: values.note,
  };
}
