import type { Coordinates } from '../../shared/geo.ts';
import { findLanguage } from '../../shared/languages.ts';
import type { AssetBundle } from '../../web/assets.ts';
import { translatorFor, UI_LANGUAGES } from '../../web/i18n.ts';
import { renderNotFound, renderOffline, renderPicker, renderSearch } from '../../web/render.tsx';
import type { FeedbackState, LayoutModel } from '../../web/view-models.ts';
import type { AppContext } from '../context.ts';
import type { PublicRegion } from '../regions/service.ts';
import { listPublicRegions } from '../regions/service.ts';
import { searchPublicPages } from '../search/service.ts';
import { regionLayout } from './layout.ts';
import type { RenderedPage } from './region-pages.ts';
import { feedbackAction, pageHref, regionHomeHref, searchHref } from '../../shared/public-urls.ts';

/** The layout of pages outside any region, in an interface language. */
function platformLayout(
  ctx: AppContext,
  assets: AssetBundle,
  uiLanguage: string,
  title: string,
  path: string,
): LayoutModel {
  const { t } = translatorFor(uiLanguage);
  return {
    uiLanguage,
    contentLanguage: uiLanguage,
    direction: findLanguage(uiLanguage)?.direction ?? 'ltr',
    title,
    description: t('picker.intro'),
    canonicalUrl: `${ctx.config.publicUrl}${path}`,
    alternates: [],
    languages: [],
    assets: assets.urls,
  };
}

/** `/`: find a region by name, alias or postal code, or by distance. */
export async function renderPickerPage(
  ctx: AppContext,
  assets: AssetBundle,
  options: { uiLanguage: string; query: string; near?: Coordinates | undefined },
): Promise<RenderedPage> {
  const { t } = translatorFor(options.uiLanguage);
  const listed = await listPublicRegions(ctx, { q: options.query || undefined, near: options.near });
  const keep = new URLSearchParams();
  if (options.query) keep.set('q', options.query);
  const model = {
    query: options.query,
    hasSearched: options.query !== '' || options.near !== undefined,
    regions: listed.map(({ region, distanceKm }) => ({
      name: region.name,
      href: `/${region.slug}`,
      kind: region.kind,
      distanceKm,
    })),
    uiLanguages: UI_LANGUAGES.map((tag) => {
      const params = new URLSearchParams(keep);
      params.set('lang', tag);
      return {
        tag,
        nativeName: findLanguage(tag)?.nativeName ?? tag,
        href: `/?${params}`,
        isCurrent: tag === options.uiLanguage,
      };
    }),
  };
  const layout = platformLayout(ctx, assets, options.uiLanguage, t('picker.title'), '/');
  return { status: 200, html: renderPicker(layout, model) };
}

/** `/{region}/{lang}/search?q=`: results, including pages that exist only in the default language. */
export async function renderSearchPage(
  ctx: AppContext,
  assets: AssetBundle,
  publicRegion: PublicRegion,
  options: { language: string; query: string; feedbackState: FeedbackState },
): Promise<RenderedPage> {
  const { t } = translatorFor(options.language);
  const slug = publicRegion.region.slug;
  const query = options.query.trim();
  const results = await searchPublicPages(ctx, publicRegion, { language: options.language, query });
  const nameOf = (tag: string) => publicRegion.languages.find((l) => l.tag === tag)?.native_name ?? tag;
  const model = {
    regionSlug: slug,
    language: options.language,
    query,
    isTooShort: query.length < 2,
    results: results.map((result) => ({
      title: result.title,
      href: pageHref(slug, result.language, result.path),
      snippet: result.snippet,
      onlyInLanguage: result.isDefaultLanguageOnly ? nameOf(result.language) : undefined,
    })),
    feedback:
      results.length === 0 && query.length >= 2
        ? {
            action: feedbackAction(slug, options.language),
            target: { type: 'search' as const, query },
            state: options.feedbackState,
          }
        : undefined,
  };
  const layout = regionLayout(ctx, assets, publicRegion, options.language, {
    title: query ? `${t('search.title')}: ${query}` : t('search.title'),
    description: t('search.label', { region: publicRegion.region.name }),
    path: searchHref(slug, options.language),
    switchTo: (tag) => searchHref(slug, tag, query),
  });
  const action = searchHref(slug, options.language);
  return { status: 200, html: renderSearch(layout, model, { regionName: publicRegion.region.name, action }) };
}

/** A 404 page that helps: in a region, its search and start page; elsewhere, the way to the picker. */
export function renderNotFoundPage(
  ctx: AppContext,
  assets: AssetBundle,
  options: { publicRegion?: PublicRegion | undefined; language: string; path: string },
): RenderedPage {
  const { t } = translatorFor(options.language);
  const region = options.publicRegion;
  const isRegionLanguage = region?.languages.some((l) => l.is_visible && l.tag === options.language) ?? false;
  if (!region || !isRegionLanguage) {
    const layout = platformLayout(
      ctx,
      assets,
      translatorFor(options.language).language,
      t('notFound.title'),
      options.path,
    );
    return { status: 404, html: renderNotFound(layout, {}) };
  }
  const slug = region.region.slug;
  const layout = regionLayout(ctx, assets, region, options.language, {
    title: t('notFound.title'),
    description: t('notFound.body'),
    path: options.path,
  });
  const model = {
    regionName: region.region.name,
    homeHref: regionHomeHref(slug, options.language),
    searchHref: searchHref(slug, options.language),
  };
  return { status: 404, html: renderNotFound(layout, model) };
}

/** `/offline?lang=`: what a reader sees offline on a page that was not saved. Cached by the service worker. */
export function renderOfflinePage(ctx: AppContext, assets: AssetBundle, uiLanguage: string): RenderedPage {
  const { t } = translatorFor(uiLanguage);
  const layout = platformLayout(ctx, assets, uiLanguage, t('offline.title'), `/offline?lang=${uiLanguage}`);
  return { status: 200, html: renderOffline(layout) };
}
