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
  /** The largest id PostgreSQL's integer columns hold. */
  maxId: 2_147_483_647,
  feedbackCommentLength: 1000,
  feedbackContactLength: 200,
  feedbackNoteLength: 2000,
  feedbackReplyLength: 5000,
  /**
   * How long a region keeps readers' comments and contact data unless it chooses otherwise: the default of
   * `regions.feedback_retention_days` in the migration, which the retention test holds to this value.
   */
  feedbackRetentionDefaultDays: 180,
  feedbackRetentionMaxDays: 730,
  /** The most pieces of feedback the inbox lists at once. */
  feedbackInboxMaxItems: 200,
  /** The largest image the page editor may upload: 5 MiB. */
  imageBytes: 5 * 1024 * 1024,
  fileNameLength: 200,
  glossaryTermLength: 200,
  glossaryNoteLength: 500,
  /** The most days after its official left before the public app says nobody is responsible. */
  officialGraceMaxDays: 90,
  /** The longest review interval a region may set, in months (12 unless a region sets it). */
  reviewIntervalMaxMonths: 36,
  reviewNoteLength: 1000,
  /** Characters a region may send to machine translation per month, at most. */
  machineTranslationMonthlyCharacters: 100_000_000,
  /** The longest web address the link checker looks at, and that "replace everywhere" accepts. */
  linkUrlLength: 2000,
} as const;

/**
 * Addresses the public app uses inside a region and language (`/{region}/{lang}/contact`, and those the
 * offer finder, places and events will take); no top-level page may take them as its slug.
 */
export const RESERVED_PAGE_SLUGS: readonly string[] = [
  'search',
  'contact',
  'feedback',
  'offers',
  'places',
  'events',
  'offline.json',
];

/** First path segments the platform uses itself; no region may take them as its slug. */
export const RESERVED_REGION_SLUGS: readonly string[] = [
  'api',
  'assets',
  'cms',
  'healthz',
  'sw.js',
  'robots.txt',
  'sitemap.xml',
  'favicon.ico',
  'manifest.webmanifest',
  'offline',
  'static',
  'media',
];
