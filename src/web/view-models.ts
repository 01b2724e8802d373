// The plain data the server hands to the views. Views render it and nothing else: no database, no services.

/** A link to the same page in another language. */
export interface LanguageLink {
  tag: string;
  nativeName: string;
  href: string;
  isCurrent: boolean;
}

/** What every page of the public app has around its content. */
export interface LayoutModel {
  /** Language of the interface strings. */
  uiLanguage: string;
  /** Language of the content; sets `<html lang>`. */
  contentLanguage: string;
  direction: 'ltr' | 'rtl';
  title: string;
  description: string;
  canonicalUrl: string;
  /** hreflang alternates of this page. */
  alternates: { hreflang: string; href: string }[];
  region?: { slug: string; name: string; homeHref: string; searchHref: string } | undefined;
  /** The language switch; absent where the page has no language versions. */
  languages: LanguageLink[];
  assets: { css: string; script: string; manifest: string; icon: string };
  /** Structured data for search engines (breadcrumbs). */
  jsonLd?: object | undefined;
}

export interface RegionChoice {
  name: string;
  href: string;
  kind: 'city' | 'county' | 'provider';
  distanceKm?: number | undefined;
}

export interface PickerModel {
  query: string;
  hasSearched: boolean;
  regions: RegionChoice[];
  /** Interface languages to switch this page to. */
  uiLanguages: LanguageLink[];
}

export interface PageLink {
  title: string;
  href: string;
  excerpt: string;
  icon: string | null;
}

export interface DashboardModel {
  regionName: string;
  regionSlug: string;
  language: string;
  tiles: PageLink[];
}

export interface ContentPageModel {
  title: string;
  html: string;
  lastUpdated: Date;
  breadcrumb: { title: string; href: string }[];
  children: PageLink[];
  /** Where the feedback form posts to, and what it is about. */
  feedback: { action: string; targetId: number; state: FeedbackState };
  share: { url: string; qrSvg: string };
}

/** Where the feedback on a page stands after a form was sent without JavaScript. */
export type FeedbackState = 'open' | 'thanks' | 'failed' | 'too-many';

export interface NotTranslatedModel {
  languageName: string;
  languages: LanguageLink[];
}

export interface SearchResultModel {
  title: string;
  href: string;
  /** A passage in parts; matching parts are highlighted. */
  snippet: { text: string; isMatch: boolean }[];
  /** Set when the page exists only in the region's default language. */
  onlyInLanguage?: string | undefined;
}

export interface SearchModel {
  regionSlug: string;
  language: string;
  query: string;
  isTooShort: boolean;
  results: SearchResultModel[];
}

export interface NotFoundModel {
  regionName?: string | undefined;
  homeHref?: string | undefined;
  searchHref?: string | undefined;
}
