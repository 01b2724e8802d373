/** Limits that the server enforces and the forms show; one place for both. */
export const LIMITS = {
  regionSlugLength: 63,
  regionNameLength: 200,
  titleLength: 200,
  slugLength: 120,
  contentHtmlLength: 500_000,
  excerptLength: 200,
  pageDepth: 12,
  pagePathLength: 12 * 121,
  searchQueryLength: 200,
  emailLength: 320,
  passwordMinLength: 12,
  passwordMaxLength: 1024,
} as const;
