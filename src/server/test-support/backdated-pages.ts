import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import { createPage } from '../pages/service.ts';
import { slugify } from '../../shared/slug.ts';
import { DAY_MS } from '../../shared/time.ts';

/**
 * A text published `daysAgo` days ago in one language (German unless said otherwise), on a new page (below
 * `parentId`) or on `pageId`, for tests of what ages: versions are immutable, so the row is written with its
 * time directly. With `source`, the text is a translation of that version; with `isMinor`, a minor edit.
 */
export async function publishDaysAgo(
  ctx: Pick<AppContext, 'db'>,
  options: {
    regionId: number;
    pageId?: number;
    parentId?: number;
    title: string;
    daysAgo: number;
    language?: string;
    source?: { language: string; versionId: number };
    isMinor?: boolean;
  },
): Promise<{ pageId: number; versionId: number; publishedAt: Date }> {
  const pageId =
    options.pageId ??
    (await createPage(ctx.db, { regionId: options.regionId, parentId: options.parentId ?? null }));
  const publishedAt = new Date(Date.now() - options.daysAgo * DAY_MS);
  const { rows } = await sql<{ id: number }>`
    insert into content_versions
      (region_id, item_id, language_tag, title, slug, content_html, status, is_minor, source_language_tag, source_version_id, created_at)
    values (${options.regionId}, ${pageId}, ${options.language ?? 'de'}, ${options.title}, ${slugify(options.title)},
      ${`<p>${options.title}</p>`}, 'published', ${options.isMinor ?? false}, ${options.source?.language ?? null},
      ${options.source?.versionId ?? null}, ${publishedAt.toISOString()}::timestamptz)
    returning id`.execute(ctx.db);
  return { pageId, versionId: rows[0]!.id, publishedAt };
}
