import type { GlossaryTermRow } from './repo.ts';

/** A glossary term as the API shows it. */
export function presentGlossaryTerm(row: GlossaryTermRow) {
  return {
    id: row.id,
    term: row.term,
    isDoNotTranslate: row.is_do_not_translate,
    translations: row.translations,
    note: row.note,
    updatedAt: row.updated_at.toISOString(),
  };
}
