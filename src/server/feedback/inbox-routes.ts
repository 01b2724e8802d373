import type { FastifyRequest } from 'fastify';
import type { Action } from '../../shared/actions.ts';
import { requireAuth } from '../auth/request-auth.ts';
import type { AppContext } from '../context.ts';
import { defineRoute } from '../http/route.ts';
import { accessRegion } from '../page-editing/access.ts';
import { regionParams } from '../regions/schema.ts';
import {
  feedbackChange,
  feedbackDetail,
  feedbackParams,
  feedbackStatistics,
  inbox,
  inboxQuery,
  noteInput,
  replyInput,
  retentionSettings,
} from './inbox-schema.ts';
import { addFeedbackNote, changeFeedback, loadFeedback, loadInbox } from './inbox-service.ts';
import { replyToFeedback } from './reply-to-feedback.ts';
import { changeRetention } from './retention.ts';
import { loadFeedbackStatistics } from './statistics.ts';
import { translateFeedbackComment } from './translate-comment.ts';

const tag = 'feedback';
const changeErrors = ['invalid_input', 'unauthorized', 'forbidden', 'not_found'] as const;

/** The feedback inbox of the CMS API: readers' feedback for the region's managers, and its statistics. */
export function feedbackInboxRoutes(ctx: AppContext) {
  const access = async (request: FastifyRequest, region: string, action: Action = 'feedback.manage') => {
    const auth = await requireAuth(ctx, request);
    return { auth, where: await accessRegion(ctx, auth, region, action) };
  };
  return [
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/feedback',
      operationId: 'getFeedbackInbox',
      summary: 'The region’s feedback, newest first, filtered by status, language, kind, rating and more',
      tag,
      params: regionParams,
      query: inboxQuery,
      response: inbox,
      errors: ['invalid_input', 'unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, query, request }) => {
        const { auth, where } = await access(request, params.region);
        return loadInbox(ctx, auth, where, query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/feedback/statistics',
      operationId: 'getFeedbackStatistics',
      summary: 'How helpful readers found each page (least helpful first), and searches that found nothing',
      tag,
      params: regionParams,
      response: feedbackStatistics,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const { where } = await access(request, params.region);
        return loadFeedbackStatistics(ctx, where);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/feedback/settings',
      operationId: 'getFeedbackSettings',
      summary: 'How many days the region keeps readers’ comments and contact data',
      tag,
      params: regionParams,
      response: retentionSettings,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const { where } = await access(request, params.region, 'region.manage-settings');
        return { retentionDays: where.region.feedback_retention_days };
      },
    }),
    defineRoute({
      method: 'PUT',
      path: '/regions/{region}/feedback/settings',
      operationId: 'changeFeedbackSettings',
      summary: 'Set after how many days readers’ comments and contact data are erased (1–730)',
      tag,
      params: regionParams,
      body: retentionSettings,
      response: retentionSettings,
      errors: [...changeErrors],
      handle: async ({ params, body, request }) => {
        const { auth, where } = await access(request, params.region, 'region.manage-settings');
        await changeRetention(ctx, auth, where, body);
        return body;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/regions/{region}/feedback/{feedbackId}',
      operationId: 'getFeedback',
      summary: 'One piece of feedback with its internal notes and replies',
      tag,
      params: feedbackParams,
      response: feedbackDetail,
      errors: ['unauthorized', 'forbidden', 'not_found'],
      handle: async ({ params, request }) => {
        const { where } = await access(request, params.region);
        return loadFeedback(ctx, where, params.feedbackId);
      },
    }),
    defineRoute({
      method: 'PATCH',
      path: '/regions/{region}/feedback/{feedbackId}',
      operationId: 'changeFeedback',
      summary: 'Change the status (new, in progress, done, spam) or assign it to a region manager',
      tag,
      params: feedbackParams,
      body: feedbackChange,
      response: feedbackDetail,
      errors: [...changeErrors],
      handle: async ({ params, body, request }) => {
        const { auth, where } = await access(request, params.region);
        return changeFeedback(ctx, auth, where, { feedbackId: params.feedbackId, change: body });
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/feedback/{feedbackId}/notes',
      operationId: 'addFeedbackNote',
      summary: 'Add an internal note (readers never see it)',
      tag,
      params: feedbackParams,
      body: noteInput,
      response: feedbackDetail,
      successStatus: 201,
      errors: [...changeErrors],
      handle: async ({ params, body, request, reply }) => {
        const { auth, where } = await access(request, params.region);
        const detail = await addFeedbackNote(ctx, auth, where, { feedbackId: params.feedbackId, ...body });
        reply.code(201);
        return detail;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/feedback/{feedbackId}/reply',
      operationId: 'replyToFeedback',
      summary: 'Reply to the reader by e-mail (409 when they left no e-mail address)',
      tag,
      params: feedbackParams,
      body: replyInput,
      response: feedbackDetail,
      successStatus: 201,
      errors: [...changeErrors, 'conflict'],
      handle: async ({ params, body, request, reply }) => {
        const { auth, where } = await access(request, params.region);
        const detail = await replyToFeedback(ctx, auth, where, { feedbackId: params.feedbackId, ...body });
        reply.code(201);
        return detail;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/feedback/{feedbackId}/translation',
      operationId: 'translateFeedback',
      summary:
        'Machine-translate the comment into the region’s language (kept: asking again costs nothing); 409 when not set up or over budget',
      tag,
      params: feedbackParams,
      response: feedbackDetail,
      errors: ['unauthorized', 'forbidden', 'not_found', 'conflict', 'unavailable'],
      handle: async ({ params, request }) => {
        const { auth, where } = await access(request, params.region);
        return translateFeedbackComment(ctx, auth, where, params.feedbackId);
      },
    }),
  ];
}
