import { useI18n } from '../i18n/i18n.ts';
import { useEffect, useRef } from 'react';
import { usePath } from '../lib/router.ts';
import { useApi } from '../lib/use-api.ts';

/** The event a screen sends after it marked notifications read, so that the count follows. */
export const NOTIFICATIONS_CHANGED = 'lotse:notifications-changed';

/** How many notifications are unread, as a badge; nothing when none are. */
export function UnreadCount() {
  const { t } = useI18n();
  const { data, reload } = useApi<{ notifications: { isRead: boolean }[] }>('/notifications');
  const path = usePath();
  const countedAt = useRef(path);
  // Counted again on every change of screen and whenever notifications are marked read.
  useEffect(() => {
    if (countedAt.current === path) return;
    countedAt.current = path;
    void reload();
  }, [path, reload]);
  useEffect(() => {
    const recount = () => void reload();
    window.addEventListener(NOTIFICATIONS_CHANGED, recount);
    return () => window.removeEventListener(NOTIFICATIONS_CHANGED, recount);
  }, [reload]);
  const unread = data?.notifications.filter((notification) => !notification.isRead).length ?? 0;
  if (unread === 0) return null;
  return (
    <span className="badge badge-count">
      {unread}
      <span className="visually-hidden"> {t('common.unread', { count: unread })}</span>
    </span>
  );
}
