import { createHash } from 'node:crypto';
import { htmlToText } from '../../shared/excerpt.ts';
import type { AssetBundle } from '../../web/assets.ts';
import type { AppContext } from '../context.ts';
import { getPublicLanguageContent } from '../pages/service.ts';
import { PublicCache } from '../public-cache.ts';
import type { PublicRegion } from '../regions/service.ts';
import { renderContactPage } from './contact-page.ts';
import { renderSearchPage } from './other-pages.ts';
import { renderContentPage, renderDashboard } from './region-pages.ts';
import { contactHref, pageHref, regionHomeHref, searchHref } from '../../shared/public-urls.ts';

/** A page as the offline bundle carries it: its address, the rendered document, and a hash of it. */
export interface OfflineEntry {
  url: string;
  hash: string;
  html: string;
}

/** What offline search needs of a page. */
export interface OfflineSearchEntry {
  url: string;
  title: string;
  text: string;
}

/** All public pages of a region in one language, rendered, with a prebuilt search index. */
export interface OfflineBundle {
  region: string;
  language: string;
  generatedAt: string;
  /** Changes whenever any page changes. */
  version: string;
  entries: OfflineEntry[];
  searchIndex: OfflineSearchEntry[];
}

/**
 * Builds the offline bundle of a region in a language: the dashboard, the search page and every public page
 * as the server renders them, so that offline they look exactly as online. Cached until the next publish.
 */
export function loadOfflineBundle(
  ctx: AppContext,
  assets: AssetBundle,
  publicRegion: PublicRegion,
  language: string,
): Promise<OfflineBundle> {
  const scope = PublicCache.regionScope(publicRegion.region.id);
  return ctx.cache.offline.get(scope, `offline:${language}`, async () => {
    const content = await getPublicLanguageContent(ctx, publicRegion, language);
    const slug = publicRegion.region.slug;
    const rendered: { url: string; html: string }[] = [
      {
        url: regionHomeHref(slug, language),
        html: (await renderDashboard(ctx, assets, publicRegion, language)).html,
      },
      {
        url: searchHref(slug, language),
        html: (
          await renderSearchPage(ctx, assets, publicRegion, { language, query: '', feedbackState: 'open' })
        ).html,
      },
      {
        url: contactHref(slug, language),
        html: (await renderContactPage(ctx, assets, publicRegion, { language, feedbackState: 'open' })).html,
      },
    ];
    for (const page of content.pages) {
      const { html } = await renderContentPage(ctx, assets, publicRegion, {
        language,
        path: page.path,
        feedbackState: 'open',
      });
      rendered.push({ url: pageHref(slug, language, page.path), html });
    }
    const entries = rendered.map((entry) => ({ ...entry, hash: hashOf(entry.html) }));
    return {
      region: slug,
      language,
      generatedAt: new Date().toISOString(),
      version: hashOf(entries.map((entry) => entry.hash).join()),
      entries,
      searchIndex: content.pages.map((page) => ({
        url: pageHref(slug, language, page.path),
        title: page.title,
        text: htmlToText(page.html),
      })),
    };
  });
}

/** The bundle for a device that already holds the pages with the given hashes: only what changed. */
export function bundleChangesSince(bundle: OfflineBundle, knownHashes: Set<string>) {
  return {
    region: bundle.region,
    language: bundle.language,
    generatedAt: bundle.generatedAt,
    version: bundle.version,
    manifest: bundle.entries.map((entry) => ({
      url: entry.url,
      hash: entry.hash,
      bytes: Buffer.byteLength(entry.html),
    })),
    pages: bundle.entries.filter((entry) => !knownHashes.has(entry.hash)),
    searchIndex: bundle.searchIndex,
  };
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}
