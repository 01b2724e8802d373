import type { AppContext } from '../context.ts';
import { loadRegionContent } from '../pages/service.ts';
import { listPublicRegions, type PublicRegion } from '../regions/service.ts';
import { pageHref, regionHomeHref } from '../../shared/public-urls.ts';

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

/** `/{region}/sitemap.xml`: every public page in every visible language, each with its language alternates. */
export async function buildRegionSitemap(ctx: AppContext, publicRegion: PublicRegion): Promise<string> {
  const content = await loadRegionContent(ctx, publicRegion);
  const slug = publicRegion.region.slug;
  const base = ctx.config.publicUrl;
  const entries: string[] = [];
  const entry = (loc: string, lastmod: Date | undefined, alternates: [string, string][]) =>
    entries.push(
      `<url><loc>${escapeXml(base + loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}` +
        alternates
          .map(
            ([lang, href]) =>
              `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(base + href)}"/>`,
          )
          .join('') +
        '</url>',
    );
  const homes = [...content.languages.keys()].map((lang): [string, string] => [
    lang,
    regionHomeHref(slug, lang),
  ]);
  for (const [, href] of homes) entry(href, undefined, homes);
  for (const [language, pages] of content.languages) {
    for (const page of pages.pages) {
      const alternates = Object.entries(page.availableLanguages).map(([lang, path]): [string, string] => [
        lang,
        pageHref(slug, lang, path),
      ]);
      entry(pageHref(slug, language, page.path), page.lastUpdated, alternates);
    }
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    entries.join('\n') +
    '\n</urlset>\n'
  );
}

/** `/robots.txt`: everything public may be indexed except the API; one sitemap per live region. */
export async function buildRobotsTxt(ctx: AppContext): Promise<string> {
  const regions = await listPublicRegions(ctx, {});
  return [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /cms/',
    ...regions.map(({ region }) => `Sitemap: ${ctx.config.publicUrl}/${region.slug}/sitemap.xml`),
    '',
  ].join('\n');
}
