import { insertAuditEntry } from '../audit/repo.ts';
import type { Auth } from '../auth/service.ts';
import type { AppContext } from '../context.ts';
import { listRegionManagers } from '../users/repo.ts';
import { AppError, invalidInput } from '../errors.ts';
import type { WorkspaceRegion } from '../page-editing/access.ts';
import {
  findInboxFeedback,
  insertFeedbackNote,
  listFeedbackNotes,
  listInboxFeedback,
  updateFeedback,
  type InboxRow,
} from './inbox-repo.ts';
import type { FeedbackChange, FeedbackDetail, Inbox, InboxQuery } from './inbox-schema.ts';
import { presentFeedbackItem, presentFeedbackNote } from './present.ts';

/** The region's feedback inbox: what passes the filters, newest first, and what the filters and forms offer. */
export async function loadInbox(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  filters: InboxQuery,
): Promise<Inbox> {
  const { region } = where;
  const rows = await listInboxFeedback(ctx.db, {
    regionId: region.id,
    titleLanguage: region.default_language,
    userId: auth.user.id,
    filters,
  });
  return {
    items: rows.slice(0, filters.limit).map(presentFeedbackItem),
    hasMore: rows.length > filters.limit,
    languages: where.languages.map((language) => language.tag),
    defaultLanguage: region.default_language,
    assignees: await listRegionManagers(ctx.db, region.id),
    retentionDays: region.feedback_retention_days,
  };
}

/** A piece of feedback of the region, or 404 (feedback of another region is not found either). */
export async function findFeedbackOrThrow(
  ctx: Pick<AppContext, 'db'>,
  where: WorkspaceRegion,
  feedbackId: number,
): Promise<InboxRow> {
  const row = await findInboxFeedback(ctx.db, {
    regionId: where.region.id,
    titleLanguage: where.region.default_language,
    feedbackId,
  });
  if (!row) throw new AppError('not_found', `There is no feedback ${feedbackId} in this region.`);
  return row;
}

/** A piece of feedback with its notes and replies, oldest first. */
export async function loadFeedback(
  ctx: Pick<AppContext, 'db'>,
  where: WorkspaceRegion,
  feedbackId: number,
): Promise<FeedbackDetail> {
  return loadFeedbackWithNotes(ctx, where, await findFeedbackOrThrow(ctx, where, feedbackId));
}

/** A piece of feedback already read, with its notes and replies (read now), oldest first. */
export async function loadFeedbackWithNotes(
  ctx: Pick<AppContext, 'db'>,
  where: WorkspaceRegion,
  row: InboxRow,
): Promise<FeedbackDetail> {
  const notes = await listFeedbackNotes(ctx.db, { regionId: where.region.id, feedbackId: row.id });
  return { ...presentFeedbackItem(row), notes: notes.map(presentFeedbackNote) };
}

/**
 * Changes the status of a piece of feedback and/or whom it is assigned to (a manager of the
 * region); each change is recorded in the audit log.
 */
export async function changeFeedback(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  options: { feedbackId: number; change: FeedbackChange },
): Promise<FeedbackDetail> {
  const { feedbackId, change } = options;
  const regionId = where.region.id;
  const row = await findFeedbackOrThrow(ctx, where, feedbackId);
  if (typeof change.assignedTo === 'number') {
    const assignees = await listRegionManagers(ctx.db, regionId);
    if (!assignees.some((assignee) => assignee.userId === change.assignedTo)) {
      throw invalidInput([{ field: 'assignedTo', message: 'is not a manager of this region' }]);
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateFeedback(
      trx,
      { regionId, feedbackId },
      {
        ...(change.status === undefined ? {} : { status: change.status }),
        ...(change.assignedTo === undefined ? {} : { assigned_to: change.assignedTo }),
      },
    );
    const audit = (action: string, details: Record<string, unknown>) =>
      insertAuditEntry(trx, { action, regionId, userId: auth.user.id, details: { feedbackId, ...details } });
    if (change.status !== undefined && change.status !== row.status) {
      await audit('feedback.status-changed', { from: row.status, to: change.status });
    }
    if (change.assignedTo !== undefined && change.assignedTo !== row.assigned_to) {
      await audit('feedback.assigned', { from: row.assigned_to, to: change.assignedTo });
    }
  });
  return loadFeedback(ctx, where, feedbackId);
}

/** Adds an internal note to a piece of feedback; readers never see it. */
export async function addFeedbackNote(
  ctx: AppContext,
  auth: Auth,
  where: WorkspaceRegion,
  options: { feedbackId: number; text: string },
): Promise<FeedbackDetail> {
  const row = await findFeedbackOrThrow(ctx, where, options.feedbackId);
  await insertFeedbackNote(ctx.db, {
    region_id: where.region.id,
    feedback_id: row.id,
    kind: 'note',
    text: options.text,
    author_id: auth.user.id,
  });
  return loadFeedbackWithNotes(ctx, where, row);
}
