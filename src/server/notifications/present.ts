import type { z } from 'zod';
import type { listNotifications } from './repo.ts';
import type { notificationList } from './schema.ts';

type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];
type PresentedNotification = z.output<typeof notificationList>['notifications'][number];

/** A notification as the workspace shows it; its details are what was stored when it was made. */
export function presentNotification(row: NotificationRow): PresentedNotification {
  return {
    id: row.id,
    kind: row.kind,
    region: row.region,
    details: row.details as PresentedNotification['details'],
    createdAt: row.created_at.toISOString(),
    isRead: row.read_at !== null,
  };
}
