import type { LegalPurpose } from '../../db/schema.ts';

/** What the go-live gate looks at in a region, read from the database in one place (see repo.ts). */
export interface GoLiveFacts {
  official: {
    /** The named person still holds the region-manager role there (and their account exists). */
    isRegionManager: boolean;
    email: string;
    phone: string;
    officeHours: string;
    responseDays: number | null;
  } | null;
  /** Each legal page the region has named, and whether it is published in the default language. */
  legalPages: Partial<Record<LegalPurpose, { isPublished: boolean }>>;
  /** The top-level pages (not archived) without a published text in the default language. */
  unpublishedTopLevelPageIds: number[];
  topLevelPageCount: number;
  /** Visible languages other than the default one. */
  otherVisibleLanguages: string[];
}

export const CONDITION_CODES = [
  'official-named',
  'official-contact',
  'official-office-hours',
  'official-response-time',
  'imprint',
  'privacy',
  'accessibility',
  'top-level-pages-published',
  'second-language-visible',
] as const;
export type ConditionCode = (typeof CONDITION_CODES)[number];

export interface GoLiveCondition {
  code: ConditionCode;
  isMet: boolean;
  /** What is missing, for a person; empty when met. */
  problem: string;
  /** The pages concerned, where the condition is about pages. */
  pageIds?: number[];
}

const legalNames: Record<LegalPurpose, string> = {
  imprint: 'an imprint',
  privacy: 'a privacy notice',
  accessibility: 'an accessibility statement',
};

/**
 * Every condition of going live, met or not: a responsible official (a region manager) with a public
 * contact channel, office hours and a promised response time; an imprint, a privacy notice and an
 * accessibility statement published in the default language; every top-level page published in the
 * default language; at least one more visible language.
 */
export function goLiveConditions(facts: GoLiveFacts): GoLiveCondition[] {
  const { official } = facts;
  const condition = (code: ConditionCode, isMet: boolean, problem: string, pageIds?: number[]) => ({
    code,
    isMet,
    problem: isMet ? '' : problem,
    ...(pageIds ? { pageIds } : {}),
  });
  return [
    condition(
      'official-named',
      official?.isRegionManager === true,
      official
        ? 'The named responsible official no longer holds the region-manager role here.'
        : 'Name a responsible official: a region manager who watches the content and answers feedback.',
    ),
    condition(
      'official-contact',
      Boolean(official && (official.email.trim() || official.phone.trim())),
      'Give a public e-mail address or phone number of the responsible official.',
    ),
    condition(
      'official-office-hours',
      Boolean(official?.officeHours.trim()),
      'Say when the responsible official can be reached (office hours).',
    ),
    condition(
      'official-response-time',
      typeof official?.responseDays === 'number',
      'Promise a response time (in working days).',
    ),
    ...(['imprint', 'privacy', 'accessibility'] as const).map((purpose) => {
      const page = facts.legalPages[purpose];
      return condition(
        purpose,
        page?.isPublished === true,
        page
          ? `The page chosen as ${legalNames[purpose]} is not published in the default language.`
          : `Choose the page that is ${legalNames[purpose]}, published in the default language.`,
      );
    }),
    condition(
      'top-level-pages-published',
      facts.topLevelPageCount > 0 && facts.unpublishedTopLevelPageIds.length === 0,
      facts.topLevelPageCount === 0
        ? 'Write at least one page.'
        : `Publish every top-level page in the default language (${facts.unpublishedTopLevelPageIds.length} are not).`,
      facts.unpublishedTopLevelPageIds,
    ),
    condition(
      'second-language-visible',
      facts.otherVisibleLanguages.length > 0,
      'Make at least one more language than the default one visible.',
    ),
  ];
}
