/** This month's machine translation budget of a region, in characters. */
export interface Budget {
  monthlyCharacters: number;
  usedThisMonth: number;
  queued: number;
  remaining: number;
}

export interface BatchSummary {
  id: number;
  language: string;
  createdAt: string;
  total: number;
  queued: number;
  done: number;
  skipped: number;
  failed: number;
  characters: number;
}

export interface Batch extends BatchSummary {
  items: {
    id: number;
    pageId: number;
    status: 'queued' | 'done' | 'skipped' | 'failed';
    reason: string | null;
    characters: number;
    memoryUnits: number;
    resultVersionId: number | null;
  }[];
}

export interface MachineTranslationLanguage {
  tag: string;
  source: string | null;
  provider: 'deepl' | 'libretranslate' | null;
  formality: 'more' | 'less' | null;
  mayPublishDirectly: boolean;
  isAvailable: boolean;
}

export interface MachineTranslationStatus {
  budget: Budget;
  providers: { deepl: boolean; libretranslate: boolean };
  languages: MachineTranslationLanguage[];
  batches: BatchSummary[];
}

export type LeftOutReason = 'no-source' | 'translated-already' | 'person-working' | 'up-to-date';

/** What a request would do (an estimate) or did (queued a batch). */
export interface RequestOutcome {
  batchId: number | null;
  queued: { pageId: number; characters: number }[];
  leftOut: { pageId: number; reason: LeftOutReason }[];
  characters: number;
  memoryUnits: number;
  budget: Budget;
}
