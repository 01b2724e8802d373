// The feedback inbox as the CMS API answers it (GET /regions/{region}/feedback and below).

export type FeedbackStatus = 'new' | 'in-progress' | 'done' | 'spam';
export const FEEDBACK_STATUSES: readonly FeedbackStatus[] = ['new', 'in-progress', 'done', 'spam'];

export interface Person {
  userId: number;
  name: string;
  email: string;
}

export interface FeedbackItem {
  id: number;
  kind: 'page' | 'search' | 'region';
  pageId: number | null;
  pageTitle: string | null;
  searchQuery: string | null;
  language: string;
  rating: 'helpful' | 'not-helpful' | null;
  comment: string | null;
  contact: string | null;
  hasEmailContact: boolean;
  status: FeedbackStatus;
  assignedTo: Person | null;
  translation: { text: string; language: string; provider: 'deepl' | 'libretranslate' } | null;
  isErased: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface FeedbackNote {
  id: number;
  kind: 'note' | 'reply';
  text: string | null;
  author: Person | null;
  createdAt: string;
}

export interface FeedbackDetail extends FeedbackItem {
  notes: FeedbackNote[];
}

export interface Inbox {
  items: FeedbackItem[];
  hasMore: boolean;
  languages: string[];
  defaultLanguage: string;
  assignees: Person[];
  retentionDays: number;
}

export interface FeedbackStatistics {
  pages: {
    pageId: number;
    title: string | null;
    helpful: number;
    notHelpful: number;
    helpfulShare: number;
  }[];
  searches: { query: string; language: string; count: number; lastAt: string }[];
}

/** The inbox's filters as the query string takes them; '' means "any". */
export interface InboxFilters {
  status: '' | 'open' | FeedbackStatus;
  language: string;
  kind: '' | FeedbackItem['kind'];
  rating: '' | 'helpful' | 'not-helpful' | 'none';
  assigned: '' | 'me' | 'unassigned';
  hasComment: '' | 'true' | 'false';
}

export const NO_FILTERS: InboxFilters = {
  status: '',
  language: '',
  kind: '',
  rating: '',
  assigned: '',
  hasComment: '',
};
