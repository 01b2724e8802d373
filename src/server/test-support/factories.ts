import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { VersionRow } from '../content/repo.ts';
import { createPage, savePageVersion, type PublishingContext } from '../pages/service.ts';
import type { NewRegionInput } from '../regions/schema.ts';
import { createRegion } from '../regions/service.ts';

/** A new live region with a unique slug, German as root, English from German, Farsi from English, Arabic from German. */
export async function createTestRegion(
  ctx: Pick<AppContext, 'db' | 'cache'>,
  overrides: Partial<NewRegionInput> = {},
) {
  return createRegion(ctx, {
    slug: `test-${randomBytes(5).toString('hex')}`,
    name: 'Teststadt',
    kind: 'city',
    status: 'live',
    defaultLanguage: 'de',
    languages: [
      { tag: 'de', source: null },
      { tag: 'en', source: 'de' },
      { tag: 'fa', source: 'en' },
      { tag: 'ar', source: 'de' },
    ],
    ...overrides,
  });
}

/** A page with a published text in each given language (title → slug), translations made from German. */
export async function createPublishedPage(
  ctx: PublishingContext,
  options: { regionId: number; parentId?: number | null; titles: Record<string, string>; html?: string },
): Promise<{ pageId: number; versions: Record<string, VersionRow> }> {
  const pageId = await createPage(ctx.db, { regionId: options.regionId, parentId: options.parentId ?? null });
  const versions: Record<string, VersionRow> = {};
  const { de: germanTitle, ...others } = options.titles;
  let source: VersionRow | undefined;
  if (germanTitle !== undefined) {
    source = await savePageVersion(
      ctx,
      { regionId: options.regionId, pageId },
      {
        language: 'de',
        title: germanTitle,
        contentHtml: options.html ?? `<p>${germanTitle}</p>`,
        status: 'published',
      },
    );
    versions.de = source;
  }
  for (const [language, title] of Object.entries(others)) {
    versions[language] = await savePageVersion(
      ctx,
      { regionId: options.regionId, pageId },
      {
        language,
        title,
        contentHtml: options.html ?? `<p>${title}</p>`,
        status: 'published',
        source: source ? { language: 'de', versionId: source.id } : null,
      },
    );
  }
  return { pageId, versions };
}
