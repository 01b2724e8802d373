// The signed-in user's notifications: versions waiting for their review, how their own were decided, and
// translations in their languages that a change of the source outdated.
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client.ts';
import { api, segment } from '../api/client.ts';
import type { PageTree } from '../api/types.ts';
import { Link } from '../components/link.tsx';
import { ErrorNotice, Loading } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { useTitle } from '../lib/use-title.ts';
import { languageName } from '../lib/language-name.ts';
import { NOTIFICATIONS_CHANGED } from '../components/unread-count.tsx';

interface Notification {
  id: number;
  kind:
    | 'review.requested'
    | 'review.decided'
    | 'translation.outdated'
    | 'region.official-missing'
    | (string & {});
  region: string;
  details: Record<string, unknown>;
  createdAt: string;
  isRead: boolean;
}

/** The most ids the server marks as read in one request. */
const MAX_READ_IDS = 500;

/** The user's notifications, unread first, each as a sentence with a link to the page in the editor. */
export function NotificationsScreen() {
  const { t } = useI18n();
  const { data, error, isLoading, reload } = useApi<{ notifications: Notification[] }>('/notifications');
  const [markError, setMarkError] = useState<ApiError>();
  const [isMarking, setIsMarking] = useState(false);
  const notifications = data?.notifications ?? [];
  const unread = notifications.filter((notification) => !notification.isRead);
  const languages = useLanguagesOfDecisions(notifications);
  useTitle(t('notifications.title'));

  const markRead = async (ids: number[]) => {
    setIsMarking(true);
    try {
      await api('POST', '/notifications/read', { ids: ids.slice(0, MAX_READ_IDS) });
      window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
      setMarkError(undefined);
      await reload();
    } catch (caught) {
      setMarkError(caught as ApiError);
    } finally {
      setIsMarking(false);
    }
  };

  return (
    <section>
      <h1>{t('notifications.title')}</h1>
      {isLoading && !data ? (
        <Loading />
      ) : error ? (
        <ErrorNotice error={error} />
      ) : notifications.length === 0 ? (
        <p className="empty">{t('notifications.empty')}</p>
      ) : (
        <>
          <div className="list-actions">
            <p role="status">{t('notifications.unreadCount', { count: unread.length })}</p>
            {unread.length > 0 && (
              <button
                type="button"
                disabled={isMarking}
                onClick={() => void markRead(unread.map((notification) => notification.id))}
              >
                {t('notifications.markAllRead')}
              </button>
            )}
          </div>
          <ErrorNotice error={markError} />
          <ul className="notification-list">
            {notifications.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                language={languageOf(notification, languages)}
                onOpen={() => {
                  if (!notification.isRead)
                    void api('POST', '/notifications/read', { ids: [notification.id] }).then(() =>
                      window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED)),
                    );
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function NotificationItem({
  notification,
  language,
  onOpen,
}: {
  notification: Notification;
  language: string | undefined;
  onOpen(): void;
}) {
  const { t, language: interfaceLanguage, formatDateTime } = useI18n();
  const { accessIn } = useSession();
  const { details } = notification;
  const title =
    typeof details.title === 'string' && details.title ? details.title : t('notifications.untitled');
  const region = accessIn(notification.region)?.regionName ?? notification.region;
  const pageId = typeof details.pageId === 'number' ? details.pageId : undefined;
  const comment = typeof details.comment === 'string' ? details.comment : '';
  const languageLabel = language ? languageName(language, interfaceLanguage) : '?';
  const sentences: Record<string, () => string> = {
    'review.requested': () => t('notifications.reviewRequested', { title, region, language: languageLabel }),
    'review.decided': () =>
      t(details.isApproved === true ? 'notifications.approved' : 'notifications.sentBack', { title, region }),
    'translation.outdated': () =>
      t('notifications.translationOutdated', { title, region, language: languageLabel }),
    'region.official-missing': () =>
      t('notifications.officialMissing', { region, days: Number(details.graceDays ?? 14) }),
  };
  const sentence =
    sentences[notification.kind]?.() ?? t('notifications.other', { kind: notification.kind, region });

  return (
    <li className={notification.isRead ? 'notification' : 'notification is-unread'}>
      {!notification.isRead && (
        <>
          <span className="badge badge-unread">{t('notifications.unread')}</span>{' '}
        </>
      )}
      <p className="notification-text">{sentence}</p>
      {comment && (
        <blockquote className="comment">
          <p>
            <span className="visually-hidden">{t('notifications.comment')} </span>
            {comment}
          </p>
        </blockquote>
      )}
      <p className="notification-meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
        {pageId !== undefined && language && (
          <>
            {' · '}
            <Link
              to={`/r/${segment(notification.region)}/pages/${pageId}/${segment(language)}`}
              onClick={onOpen}
            >
              {t('notifications.open', { title })}
            </Link>
          </>
        )}
        {notification.kind === 'region.official-missing' && (
          <>
            {' · '}
            <Link to={`/r/${segment(notification.region)}/go-live`} onClick={onOpen}>
              {t('notifications.nameOfficial')}
            </Link>
          </>
        )}
      </p>
    </li>
  );
}

/**
 * The language a notification is about. Review requests name it; decisions do not yet, so they take the
 * language whose newest version is the decided one, else the region's default language.
 */
function languageOf(notification: Notification, trees: Record<string, PageTree | null>): string | undefined {
  const { language, pageId, versionId } = notification.details;
  if (typeof language === 'string') return language;
  const tree = trees[notification.region];
  if (!tree) return undefined;
  const page = tree.pages.find((candidate) => candidate.id === pageId);
  const match = Object.entries(page?.languages ?? {}).find(([, newest]) => newest.versionId === versionId);
  return match?.[0] ?? tree.defaultLanguage;
}

/** The page trees of the regions with decisions whose language is not named, to find it (see languageOf). */
function useLanguagesOfDecisions(notifications: Notification[]): Record<string, PageTree | null> {
  const regions = [
    ...new Set(
      notifications
        .filter((notification) => typeof notification.details.language !== 'string')
        .map((notification) => notification.region),
    ),
  ]
    .sort()
    .join('\n');
  const [trees, setTrees] = useState<Record<string, PageTree | null>>({});
  useEffect(() => {
    if (!regions) return;
    let isCurrent = true;
    void Promise.all(
      regions.split('\n').map(async (region) => {
        const tree = await api<PageTree>('GET', `/regions/${segment(region)}/pages`).catch(() => null);
        return [region, tree] as const;
      }),
    ).then((entries) => {
      if (isCurrent) setTrees(Object.fromEntries(entries));
    });
    return () => {
      isCurrent = false;
    };
  }, [regions]);
  return trees;
}
