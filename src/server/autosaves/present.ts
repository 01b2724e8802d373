import type { z } from 'zod';
import type { AutosaveRow } from './repo.ts';
import type { autosave } from './schema.ts';

/** An autosave as the editor restores it. */
export function presentAutosave(row: AutosaveRow): z.output<typeof autosave> {
  return {
    language: row.language_tag,
    title: row.title,
    slug: row.slug,
    contentHtml: row.content_html,
    baseVersionId: row.base_version_id,
    savedAt: row.saved_at.toISOString(),
  };
}
