// The shapes the CMS API answers with, as the workspace uses them (see /api/cms/openapi.json).
import type { Action } from '../../shared/actions.ts';

export type Role = 'region-manager' | 'editor' | 'author' | 'translator' | 'observer' | 'platform-admin';

export type { Action } from '../../shared/actions.ts';

/** A user's standing in one region: the role and what it allows. */
export interface RegionAccess {
  region: string;
  regionName: string;
  role: Role;
  actions: Action[];
  translatorLanguages: string[];
}

export interface CurrentUser {
  id: number;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  isTotpEnabled: boolean;
  roles: RegionAccess[];
  csrfToken: string;
}

export type TranslationState = 'missing' | 'outdated' | 'up-to-date';
export type VersionStatus = 'draft' | 'review' | 'published';

export interface TreePage {
  id: number;
  parentId: number | null;
  position: number;
  icon: string | null;
  isArchived: boolean;
  languages: Record<
    string,
    { versionId: number | null; title: string | null; status: VersionStatus | null; state: TranslationState }
  >;
}

export interface PageTree {
  region: string;
  defaultLanguage: string;
  /** Each language and the language it is translated from (null for the default language). */
  languageSources: Record<string, string | null>;
  pages: TreePage[];
}

export interface WorkspaceVersion {
  id: number;
  language: string;
  title: string;
  slug: string;
  contentHtml: string;
  status: VersionStatus;
  isMinor: boolean;
  isMachineTranslated: boolean;
  authorId: number | null;
  source: { language: string; versionId: number } | null;
  createdAt: string;
}

export interface Review {
  decision: string;
  comment: string;
  reviewerId: number | null;
  createdAt: string;
}

export interface HistoryVersion extends WorkspaceVersion {
  reviews: Review[];
}

export interface Autosave {
  language: string;
  title: string;
  slug: string;
  contentHtml: string;
  baseVersionId: number | null;
  savedAt: string;
}

export interface UploadedImage {
  id: number;
  url: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** A member of a region as the members list shows them. */
export interface Member {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  hasPassword: boolean;
  isTotpEnabled: boolean;
  translatorLanguages: string[];
}
