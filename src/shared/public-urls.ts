/** Addresses in the public app. Path segments are percent-encoded; slugs may be in any script. */

/** A page path with each segment percent-encoded. */
export function encodePagePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** A region's home in one language: `/{region}/{lang}/`. */
export function regionHomeHref(region: string, language: string): string {
  return `/${region}/${encodeURIComponent(language)}/`;
}

/** A page of a region in one language. */
export function pageHref(region: string, language: string, path: string): string {
  return `${regionHomeHref(region, language)}${encodePagePath(path)}`;
}

/** The region's search in one language, with the query when there is one. */
export function searchHref(region: string, language: string, query?: string): string {
  const base = `${regionHomeHref(region, language)}search`;
  return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

/** Where the public feedback form posts (it works without JavaScript). */
export function feedbackAction(region: string, language: string): string {
  return `${regionHomeHref(region, language)}feedback`;
}

/** The region's contact page in one language: who is responsible, how to reach them, the legal pages. */
export function contactHref(region: string, language: string): string {
  return `${regionHomeHref(region, language)}contact`;
}
