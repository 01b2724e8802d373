/** Addresses in the public app. Path segments are percent-encoded; slugs may be in any script. */

/** A page path with each segment percent-encoded. */
export function encodePagePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function regionHomeHref(region: string, language: string): string {
  return `/${region}/${encodeURIComponent(language)}/`;
}

export function pageHref(region: string, language: string, path: string): string {
  return `${regionHomeHref(region, language)}${encodePagePath(path)}`;
}

export function searchHref(region: string, language: string, query?: string): string {
  const base = `${regionHomeHref(region, language)}search`;
  return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

export function feedbackAction(region: string, language: string): string {
  return `${regionHomeHref(region, language)}feedback`;
}

export function contactHref(region: string, language: string): string {
  return `${regionHomeHref(region, language)}contact`;
}
