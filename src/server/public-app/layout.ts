import { uiLanguageFor } from '../../web/i18n.ts';
import type { AssetBundle } from '../../web/assets.ts';
import type { LanguageLink, LayoutModel } from '../../web/view-models.ts';
import type { AppContext } from '../context.ts';
import type { PublicRegion } from '../regions/service.ts';
import { contactHref, regionHomeHref, searchHref } from '../../shared/public-urls.ts';
import { isUnwatchedPublicly } from '../regions/policy.ts';

/** What a page tells the layout about itself. */
export interface PageFrame {
  title: string;
  description: string;
  /** The path of this page, for its canonical address. */
  path: string;
  /** Where this page is in each visible language (only where it exists: for hreflang). */
  alternates?: Record<string, string>;
  /** Where the language switch leads, per visible language. */
  switchTo?: (language: string) => string;
  jsonLd?: object;
}

/** The layout of a page in a region and language. */
export function regionLayout(
  ctx: AppContext,
  assets: AssetBundle,
  publicRegion: PublicRegion,
  language: string,
  frame: PageFrame,
): LayoutModel {
  const { region, languages } = publicRegion;
  const visible = languages.filter((l) => l.is_visible);
  const current = visible.find((l) => l.tag === language);
  return {
    uiLanguage: uiLanguageFor(language),
    contentLanguage: language,
    direction: current?.direction ?? 'ltr',
    title: frame.title,
    description: frame.description,
    canonicalUrl: `${ctx.config.publicUrl}${frame.path}`,
    alternates: Object.entries(frame.alternates ?? {}).map(([hreflang, href]) => ({
      hreflang,
      href: `${ctx.config.publicUrl}${href}`,
    })),
    region: {
      slug: region.slug,
      name: region.name,
      homeHref: regionHomeHref(region.slug, language),
      searchHref: searchHref(region.slug, language),
      contactHref: contactHref(region.slug, language),
      isUnwatched: isUnwatchedPublicly(region, new Date()),
    },
    languages: visible.map((l): LanguageLink => ({
      tag: l.tag,
      nativeName: l.native_name,
      href: frame.switchTo ? frame.switchTo(l.tag) : regionHomeHref(region.slug, l.tag),
      isCurrent: l.tag === language,
    })),
    assets: assets.urls,
    jsonLd: frame.jsonLd,
  };
}
