import type { FeedbackItem, FeedbackNote } from './inbox-schema.ts';
import { isEmailAddress } from './inbox-schema.ts';
import type { FeedbackNoteRow, InboxRow } from './inbox-repo.ts';

/** A piece of feedback as the inbox shows it. */
export function presentFeedbackItem(row: InboxRow): FeedbackItem {
  return {
    id: row.id,
    kind: row.target_type,
    pageId: row.target_id,
    pageTitle: row.page_title,
    searchQuery: row.search_query,
    language: row.language_tag,
    rating: row.is_helpful === null ? null : row.is_helpful ? 'helpful' : 'not-helpful',
    comment: row.comment,
    contact: row.contact,
    hasEmailContact: isEmailAddress(row.contact),
    status: row.status,
    assignedTo:
      row.assigned_to === null
        ? null
        : { userId: row.assigned_to, name: row.assignee_name ?? '', email: row.assignee_email ?? '' },
    translation:
      row.translated_comment === null || row.translation_language === null || !row.translation_provider
        ? null
        : {
            text: row.translated_comment,
            language: row.translation_language,
            provider: row.translation_provider,
          },
    isErased: row.erased_at !== null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A note or a reply on a piece of feedback. */
export function presentFeedbackNote(row: FeedbackNoteRow): FeedbackNote {
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    author:
      row.author_id === null
        ? null
        : { userId: row.author_id, name: row.author_name ?? '', email: row.author_email ?? '' },
    createdAt: row.created_at.toISOString(),
  };
}
