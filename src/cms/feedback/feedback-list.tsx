import type { Translate } from '../i18n/i18n.ts';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { FeedbackDetailPanel } from './feedback-detail.tsx';
import type { FeedbackItem, Inbox } from './types.ts';

/** The inbox's list, newest first; a piece of feedback opens in place, one at a time. */
export function FeedbackList(props: {
  region: string;
  items: FeedbackItem[];
  inbox: Inbox;
  openId: number | null;
  onToggle(id: number): void;
  onChanged(): void;
}) {
  const { t, language: uiLanguage, formatDateTime } = useI18n();
  return (
    <ul className="feedback-list" aria-label={t('feedback.list')}>
      {props.items.map((item) => {
        const isOpen = props.openId === item.id;
        const detailId = `feedback-${item.id}`;
        return (
          <li key={item.id} className={`feedback-item is-${item.status}`}>
            <h2 className="feedback-heading">
              <button
                type="button"
                className="button-link"
                aria-expanded={isOpen}
                aria-controls={isOpen ? detailId : undefined}
                onClick={() => props.onToggle(item.id)}
              >
                {titleOf(item, t)}
              </button>
            </h2>
            <p className="feedback-meta">
              <span className="badge">{t(`feedback.status.${item.status}`)}</span>{' '}
              {[
                languageName(item.language, uiLanguage),
                t(`feedback.rating.${item.rating ?? 'none'}`),
                formatDateTime(item.createdAt),
                item.assignedTo ? t('feedback.assignedTo', { name: nameOf(item.assignedTo) }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {item.comment !== null && !isOpen && (
              <p className="feedback-text" dir="auto" lang={item.language}>
                {item.comment}
              </p>
            )}
            {isOpen && (
              <div id={detailId}>
                <FeedbackDetailPanel
                  region={props.region}
                  feedbackId={item.id}
                  inbox={props.inbox}
                  onChanged={props.onChanged}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** What a piece of feedback is about, in words. */
function titleOf(item: FeedbackItem, t: Translate): string {
  if (item.kind === 'page') {
    return t('feedback.about.page', { title: item.pageTitle ?? `#${item.pageId ?? ''}` });
  }
  if (item.kind === 'search') return t('feedback.about.search', { query: item.searchQuery ?? '' });
  return t('feedback.about.region');
}

/** A person as the workspace names them: their name, else their e-mail address. */
export function nameOf(person: { name: string; email: string }): string {
  return person.name || person.email;
}
