// The shapes of the quality API as the workspace uses them (see /api/cms/openapi.json).
import type { ReadabilityLevel } from '../../shared/readability.ts';

export type FreshnessStatus = 'overdue' | 'due-soon' | 'current';

/** A published text and when it is to be reviewed again (GET /regions/{region}/freshness). */
export interface FreshnessItem {
  pageId: number;
  language: string;
  title: string;
  versionId: number;
  lastCheck: { kind: 'published' | 'approved' | 'confirmed'; at: string; by: string | null; note: string };
  /** A date in the region's time zone, YYYY-MM-DD. */
  reviewBy: string;
  daysLeft: number;
  status: FreshnessStatus;
}

export interface FreshnessOverview {
  intervalMonths: number;
  today: string;
  languages: string[];
  dueSoonDays: number;
  counts: { overdue: number; dueSoon: number; current: number };
  items: FreshnessItem[];
}

/** How easy each published page reads (GET /regions/{region}/readability), the hardest first. */
export interface PageReadabilityList {
  language: string;
  formula: 'amstad' | 'flesch';
  languages: string[];
  pages: {
    pageId: number;
    versionId: number;
    title: string;
    score: number;
    level: ReadabilityLevel;
    words: number;
    sentences: number;
  }[];
}
