/** Where the region's link check stands (GET /regions/{region}/links/check). */
export interface LinkCheckStatus {
  isRunning: boolean;
  checked: number;
  total: number;
  requestedAt: string | null;
  lastCheckedAt: string | null;
}

export type LinkStatus = 'broken' | 'moved' | 'ok' | 'unchecked';

/** A text that uses a link: a page in one language. */
export interface LinkUse {
  itemType: 'page';
  itemId: number;
  language: string;
  versionId: number;
  title: string;
}

/** An external link of the region's published content and what its last check found. */
export interface CheckedLink {
  url: string;
  status: LinkStatus;
  httpStatus: number | null;
  problem: string | null;
  movedTo: string | null;
  checkedAt: string | null;
  uses: LinkUse[];
}

/** The region's links as GET /regions/{region}/links answers. */
export interface LinkReport {
  check: LinkCheckStatus;
  links: CheckedLink[];
}

/** What replacing a link everywhere made (POST /regions/{region}/links/replace). */
export interface ReplaceOutcome {
  versionsCreated: number;
}
