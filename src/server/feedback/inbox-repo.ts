import type { Insertable, Kysely } from 'kysely';
import type { Database, FeedbackNotesTable, FeedbackStatus } from '../../db/schema.ts';
import type { InboxQuery } from './inbox-schema.ts';
import { pageTitleOf } from './repo.ts';

/** The feedback of a region with the page's title (see `pageTitleOf`) and the assignee. */
function selectFeedback(db: Kysely<Database>, regionId: number, titleLanguage: string) {
  return db
    .selectFrom('feedback as f')
    .leftJoin('users as a', 'a.id', 'f.assigned_to')
    .selectAll('f')
    .select(['a.display_name as assignee_name', 'a.email as assignee_email'])
    .select(pageTitleOf({ regionId, titleLanguage }).as('page_title'))
    .where('f.region_id', '=', regionId);
}

export type InboxRow = Awaited<ReturnType<ReturnType<typeof selectFeedback>['executeTakeFirstOrThrow']>>;

/** The feedback of a region that passes the filters, newest first; one more row than the limit tells "more". */
export function listInboxFeedback(
  db: Kysely<Database>,
  options: { regionId: number; titleLanguage: string; userId: number; filters: InboxQuery },
): Promise<InboxRow[]> {
  const { filters } = options;
  let query = selectFeedback(db, options.regionId, options.titleLanguage);
  if (filters.status === 'open') query = query.where('f.status', 'in', ['new', 'in-progress']);
  else if (filters.status) query = query.where('f.status', '=', filters.status);
  if (filters.language) query = query.where('f.language_tag', '=', filters.language);
  if (filters.kind) query = query.where('f.target_type', '=', filters.kind);
  if (filters.rating === 'none') query = query.where('f.is_helpful', 'is', null);
  else if (filters.rating) query = query.where('f.is_helpful', '=', filters.rating === 'helpful');
  if (filters.assigned === 'me') query = query.where('f.assigned_to', '=', options.userId);
  else if (filters.assigned === 'unassigned') query = query.where('f.assigned_to', 'is', null);
  if (filters.hasComment !== undefined) {
    query = query.where('f.comment', filters.hasComment ? 'is not' : 'is', null);
  }
  if (filters.before) query = query.where('f.id', '<', filters.before);
  return query
    .orderBy('f.id', 'desc')
    .limit(filters.limit + 1)
    .execute();
}

/** One piece of feedback of the region, if it is there. */
export function findInboxFeedback(
  db: Kysely<Database>,
  options: { regionId: number; titleLanguage: string; feedbackId: number },
): Promise<InboxRow | undefined> {
  return selectFeedback(db, options.regionId, options.titleLanguage)
    .where('f.id', '=', options.feedbackId)
    .executeTakeFirst();
}

/** Changes the status and/or the assignment of a piece of feedback. */
export async function updateFeedback(
  db: Kysely<Database>,
  options: { regionId: number; feedbackId: number },
  values: { status?: FeedbackStatus; assigned_to?: number | null },
): Promise<void> {
  await db
    .updateTable('feedback')
    .set({ ...values, updated_at: new Date() })
    .where('region_id', '=', options.regionId)
    .where('id', '=', options.feedbackId)
    .execute();
}

/** Keeps the machine translation of a comment, unless the comment was erased in the meantime. */
export async function storeCommentTranslation(
  db: Kysely<Database>,
  options: { regionId: number; feedbackId: number },
  translation: { text: string; language: string; provider: 'deepl' | 'libretranslate' },
): Promise<void> {
  await db
    .updateTable('feedback')
    .set({
      translated_comment: translation.text,
      translation_language: translation.language,
      translation_provider: translation.provider,
    })
    .where('region_id', '=', options.regionId)
    .where('id', '=', options.feedbackId)
    .where('comment', 'is not', null)
    .execute();
}

/** The notes and replies of a piece of feedback, oldest first, with their authors. */
export function listFeedbackNotes(db: Kysely<Database>, options: { regionId: number; feedbackId: number }) {
  return db
    .selectFrom('feedback_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.kind', 'n.text', 'n.author_id', 'n.created_at'])
    .select(['u.display_name as author_name', 'u.email as author_email'])
    .where('n.region_id', '=', options.regionId)
    .where('n.feedback_id', '=', options.feedbackId)
    .orderBy('n.id')
    .execute();
}

export type FeedbackNoteRow = Awaited<ReturnType<typeof listFeedbackNotes>>[number];

/** Stores a note or the record of a reply. */
export async function insertFeedbackNote(
  db: Kysely<Database>,
  values: Insertable<FeedbackNotesTable>,
): Promise<void> {
  await db.insertInto('feedback_notes').values(values).execute();
}
