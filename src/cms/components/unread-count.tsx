import { useI18n } from '../i18n/i18n.ts';
import { useApi } from '../lib/use-api.ts';

/** How many notifications are unread, as a badge; nothing when none are. */
export function UnreadCount() {
  const { t } = useI18n();
  const { data } = useApi<{ notifications: { isRead: boolean }[] }>('/notifications');
  const unread = data?.notifications.filter((notification) => !notification.isRead).length ?? 0;
  if (unread === 0) return null;
  return (
    <span className="badge badge-count">
      {unread}
      <span className="visually-hidden"> {t('common.unread', { count: unread })}</span>
    </span>
  );
}
