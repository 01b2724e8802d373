import type { AppContext } from '../context.ts';
import { defineRoute } from '../http/route.ts';
import { getPublicRegion } from '../regions/service.ts';
import { feedbackInput, feedbackParams, feedbackReceived } from './schema.ts';
import { submitFeedback } from './service.ts';

/** The public feedback endpoint of API v1. */
export function publicFeedbackRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'POST',
      path: '/regions/{region}/{lang}/feedback',
      operationId: 'sendFeedback',
      summary: 'Send feedback on a page, a search or the region (rate-limited; no personal data required)',
      tag: 'feedback',
      params: feedbackParams,
      body: feedbackInput,
      response: feedbackReceived,
      successStatus: 201,
      errors: ['invalid_input', 'not_found', 'rate_limited'],
      handle: async ({ params, body, request, reply }) => {
        const region = await getPublicRegion(ctx, params.region);
        await submitFeedback(ctx, region, { language: params.lang, client: request.ip, feedback: body });
        reply.code(201);
        return { status: 'received' as const };
      },
    }),
  ];
}
