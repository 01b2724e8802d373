import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireAuth } from '../auth/request-auth.ts';
import { defineRoute } from '../http/route.ts';
import { presentNotification } from './present.ts';
import { listNotifications, markNotificationsRead } from './repo.ts';
import { notificationList, readInput } from './schema.ts';

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
        return { notifications: rows.map(presentNotification) };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/notifications/read',
      operationId: 'markNotificationsRead',
      summary: 'Mark notifications as read',
      tag: 'notifications',
      body: readInput,
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
