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
  region?:
    | {
        slug: string;
        name: string;
        homeHref: string;
        searchHref: string;
        contactHref: string;
        /** Its official left and the grace period ran out: nobody is responsible for the content. */
        isUnwatched: boolean;
      }
    | undefined;
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
  feedback: FeedbackFormModel;
  share: { url: string; qrSvg: string };
}

/** Where a feedback form posts to, what it is about, and where it stands. */
export interface FeedbackFormModel {
  action: string;
  target: { type: 'page'; id: number } | { type: 'search'; query: string } | { type: 'region' };
  state: FeedbackState;
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
  /** Offered when a search found nothing: the reader tells what they were looking for. */
  feedback?: FeedbackFormModel | undefined;
}

export interface NotFoundModel {
  regionName?: string | undefined;
  homeHref?: string | undefined;
  searchHref?: string | undefined;
}

/** The contact page: who is responsible, how to reach them, and the legal pages. */
export interface ContactModel {
  regionName: string;
  /** The language the official's name and office hours are written in: the region's default language. */
  officialLanguage: string;
  official:
    | { name: string; email: string; phone: string; officeHours: string; responseDays: number | null }
    | undefined;
  feedback: FeedbackFormModel;
  legalPages: {
    purpose: 'imprint' | 'privacy' | 'accessibility';
    title: string;
    href: string;
    /** Set when the page is not in the reader's language: the language it is shown in. */
    inLanguage?: { tag: string; nativeName: string } | undefined;
  }[];
}
