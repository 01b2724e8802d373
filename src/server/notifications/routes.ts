import { z } from 'zod';
import { LIMITS } from '../../shared/limits.ts';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { listNotifications, markNotificationsRead } from './repo.ts';

const notificationList = z.object({
  notifications: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(['review.requested', 'review.decided']),
      region: z.string(),
      details: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
      isRead: z.boolean(),
    }),
  ),
});

/** The signed-in user's notifications. */
export function notificationRoutes(ctx: AppContext) {
  return [
    defineRoute({
      method: 'GET',
      path: '/notifications',
      operationId: 'listNotifications',
      summary: 'The signed-in user’s notifications, unread first',
      tag: 'notifications',
      response: notificationList,
      errors: ['unauthorized'],
      handle: async ({ request }) => {
        const auth = await requireAuth(ctx, request);
        const rows = await listNotifications(ctx.db, auth.user.id);
        return {
          notifications: rows.map((row) => ({
            id: row.id,
            kind: row.kind,
            region: row.region,
            details: row.details,
            createdAt: row.created_at.toISOString(),
            isRead: row.read_at !== null,
          })),
        };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/notifications/read',
      operationId: 'markNotificationsRead',
      summary: 'Mark notifications as read',
      tag: 'notifications',
      body: z.object({ ids: z.array(z.number().int().positive().max(LIMITS.maxId)).max(500) }),
      response: z.object({ status: z.literal('done') }),
      errors: ['invalid_input', 'unauthorized', 'forbidden'],
      handle: async ({ body, request }) => {
        const auth = await requireAuth(ctx, request);
        await markNotificationsRead(ctx.db, auth.user.id, body.ids);
        return { status: 'done' as const };
      },
    }),
  ];
}
