/** The go-live checklist as the CMS API answers it (GET /regions/{region}/go-live). */
export interface GoLiveChecklist {
  status: 'draft' | 'live' | 'hidden' | 'archived';
  canGoLive: boolean;
  /** Set while a public region has lost its responsible official. */
  officialMissing: { since: string; noticeFrom: string } | null;
  conditions: { code: string; isMet: boolean; problem: string; pageIds?: number[] }[];
  official: {
    userId: number | null;
    publicName: string;
    email: string;
    phone: string;
    officeHours: string;
    responseDays: number | null;
  } | null;
  legalPages: Record<LegalPurpose, number | null>;
  managers: { userId: number; name: string; email: string }[];
}

export type LegalPurpose = 'imprint' | 'privacy' | 'accessibility';
export const LEGAL_PURPOSES: readonly LegalPurpose[] = ['imprint', 'privacy', 'accessibility'];
