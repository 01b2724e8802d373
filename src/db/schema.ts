import type { ColumnType, Generated } from 'kysely';

/** A timestamp the database sets; readable, never written by the application. */
type CreatedAt = ColumnType<Date, never, never>;

export interface LanguagesTable {
  tag: string;
  native_name: string;
  english_name: string;
  direction: 'ltr' | 'rtl';
  script: string;
}

export interface RegionsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: 'city' | 'county' | 'provider';
  status: 'draft' | 'live' | 'hidden' | 'archived';
  timezone: string;
  latitude: number | null;
  longitude: number | null;
  bbox_south: number | null;
  bbox_west: number | null;
  bbox_north: number | null;
  bbox_east: number | null;
  postal_codes: string[];
  aliases: string[];
  search_text: string;
  default_language: string;
  requires_manager_totp: Generated<boolean>;
  /** When the region's responsible official left; null while someone is responsible. */
  official_missing_since: Date | null;
  /** Days after the official left before the public app shows a notice. */
  official_grace_days: Generated<number>;
  machine_translation_monthly_characters: Generated<number>;
  review_interval_months: Generated<number>;
  feedback_retention_days: Generated<number>;
  created_at: CreatedAt;
}

export interface RegionOfficialsTable {
  region_id: number;
  user_id: number | null;
  public_name: string;
  email: string;
  phone: string;
  office_hours: string;
  response_days: number | null;
  updated_at: Generated<Date>;
}

export type LegalPurpose = 'imprint' | 'privacy' | 'accessibility';

export interface RegionLegalPagesTable {
  region_id: number;
  purpose: LegalPurpose;
  page_id: number;
}

export interface RegionLanguagesTable {
  region_id: number;
  language_tag: string;
  source_language_tag: string | null;
  is_visible: boolean;
  is_editable: boolean;
  position: number;
  machine_translation_provider: Generated<'deepl' | 'libretranslate' | null>;
  machine_translation_formality: Generated<'more' | 'less' | null>;
  may_publish_machine_translation: Generated<boolean>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string | null;
  is_platform_admin: boolean;
  totp_secret: string | null;
  is_totp_enabled: Generated<boolean>;
  created_at: CreatedAt;
}

export interface RegionRolesTable {
  user_id: number;
  region_id: number;
  role: 'region-manager' | 'editor' | 'author' | 'translator' | 'observer';
}

export interface ContentItemsTable {
  id: Generated<number>;
  region_id: number;
  kind: 'page';
  created_at: CreatedAt;
}

export interface ContentVersionsTable {
  id: Generated<number>;
  region_id: number;
  item_id: number;
  language_tag: string;
  title: string;
  slug: string;
  content_html: string;
  status: 'draft' | 'review' | 'published';
  is_minor: boolean;
  is_machine_translated: boolean;
  author_id: number | null;
  source_language_tag: string | null;
  source_version_id: number | null;
  created_at: CreatedAt;
}

export interface PagesTable {
  id: number;
  region_id: number;
  parent_id: number | null;
  position: number;
  icon: string | null;
  is_archived: Generated<boolean>;
}

export interface FeedbackTable {
  id: Generated<number>;
  region_id: number;
  language_tag: string;
  target_type: 'page' | 'search' | 'region';
  target_id: number | null;
  search_query: string | null;
  is_helpful: boolean | null;
  comment: string | null;
  contact: string | null;
  status: Generated<FeedbackStatus>;
  created_at: CreatedAt;
  assigned_to: number | null;
  updated_at: Generated<Date>;
  translated_comment: string | null;
  translation_language: string | null;
  translation_provider: 'deepl' | 'libretranslate' | null;
  erased_at: Date | null;
}

export type FeedbackStatus = 'new' | 'in-progress' | 'done' | 'spam';

export interface FeedbackNotesTable {
  id: Generated<number>;
  region_id: number;
  feedback_id: number;
  kind: 'note' | 'reply';
  /** null once the retention period erased a reply's text */
  text: string | null;
  author_id: number | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  user_agent: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, never, Date>;
  expires_at: ColumnType<Date, Date, Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  region_id: number | null;
  user_id: number | null;
  action: string;
  details: ColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
}

export interface TranslatorLanguagesTable {
  user_id: number;
  region_id: number;
  language_tag: string;
}

export interface VersionReviewsTable {
  id: Generated<number>;
  region_id: number;
  version_id: number;
  reviewer_id: number | null;
  decision: 'approved' | 'sent-back';
  comment: string;
  created_at: CreatedAt;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: ColumnType<Record<string, unknown>, string, string>;
  dedupe_key: string | null;
  status: Generated<'pending' | 'running' | 'done' | 'failed'>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: ColumnType<Date, Date | undefined, Date>;
  locked_until: Date | null;
  last_error: string | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface AccountTokensTable {
  id: string;
  user_id: number;
  purpose: 'invitation' | 'password-reset';
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  region_id: number;
  kind: 'review.requested' | 'review.decided' | 'translation.outdated' | 'region.official-missing';
  details: ColumnType<Record<string, unknown>, string, never>;
  created_at: CreatedAt;
  read_at: Date | null;
}

export interface MediaTable {
  id: Generated<number>;
  region_id: number;
  file_name: string;
  content_type: 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';
  bytes: Uint8Array;
  byte_size: number;
  sha256: string;
  uploaded_by: number | null;
  created_at: CreatedAt;
}

export interface AutosavesTable {
  user_id: number;
  region_id: number;
  item_id: number;
  language_tag: string;
  title: string;
  slug: string | null;
  content_html: string;
  base_version_id: number | null;
  saved_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MachineTranslationUsageTable {
  region_id: number;
  month: ColumnType<Date, string, never>;
  characters: number;
}

export interface MachineTranslationsTable {
  id: Generated<number>;
  region_id: number;
  batch_id: number;
  item_id: number;
  language_tag: string;
  source_version_id: number;
  status: Generated<'queued' | 'done' | 'skipped' | 'failed'>;
  provider: 'deepl' | 'libretranslate';
  characters: Generated<number>;
  memory_units: Generated<number>;
  result_version_id: number | null;
  reason: string | null;
  requested_by: number | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}

export interface GlossaryTermsTable {
  id: Generated<number>;
  region_id: number;
  term: string;
  is_do_not_translate: boolean;
  translations: ColumnType<Record<string, string>, string, string>;
  note: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface ContentReviewsTable {
  id: Generated<number>;
  region_id: number;
  page_id: number;
  language_tag: string;
  version_id: number;
  reviewer_id: number | null;
  note: string;
  created_at: CreatedAt;
}

export interface VersionReadingEaseTable {
  version_id: number;
  region_id: number;
  revision: number;
  score: number | null;
  words: number;
  sentences: number;
}

export interface LinkChecksTable {
  id: Generated<number>;
  region_id: number;
  period: string | null;
  requested_by: number | null;
  requested_at: Generated<Date>;
  gathered_at: Date | null;
}

export type LinkOutcome = 'ok' | 'moved' | 'broken';

export interface LinksTable {
  region_id: number;
  url: string;
  host: string;
  requested_at: Generated<Date>;
  checked_at: Date | null;
  outcome: LinkOutcome | null;
  http_status: number | null;
  problem: string | null;
  moved_to: string | null;
}

export interface LinkUsesTable {
  region_id: number;
  url: string;
  item_type: 'page';
  item_id: number;
  language_tag: string;
  version_id: number;
}

export interface LinkHostsTable {
  host: string;
  next_request_at: Date;
}

export interface SchemaMigrationsTable {
  name: string;
  applied_at: CreatedAt;
}

/** The whole schema as Kysely sees it. Table and column names are the SQL ones. */
export interface Database {
  languages: LanguagesTable;
  regions: RegionsTable;
  region_languages: RegionLanguagesTable;
  users: UsersTable;
  region_roles: RegionRolesTable;
  content_items: ContentItemsTable;
  content_versions: ContentVersionsTable;
  pages: PagesTable;
  feedback: FeedbackTable;
  feedback_notes: FeedbackNotesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  translator_languages: TranslatorLanguagesTable;
  version_reviews: VersionReviewsTable;
  jobs: JobsTable;
  account_tokens: AccountTokensTable;
  notifications: NotificationsTable;
  media: MediaTable;
  autosaves: AutosavesTable;
  machine_translation_usage: MachineTranslationUsageTable;
  machine_translations: MachineTranslationsTable;
  glossary_terms: GlossaryTermsTable;
  region_officials: RegionOfficialsTable;
  region_legal_pages: RegionLegalPagesTable;
  content_reviews: ContentReviewsTable;
  version_reading_ease: VersionReadingEaseTable;
  link_checks: LinkChecksTable;
  links: LinksTable;
  link_uses: LinkUsesTable;
  link_hosts: LinkHostsTable;
  schema_migrations: SchemaMigrationsTable;
}
