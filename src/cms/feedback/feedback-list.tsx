import type { Ref } from 'react';
import { BidiMessage } from '../components/bidi-message.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { personName } from '../lib/person-name.ts';
import { FeedbackDetailPanel } from './feedback-detail.tsx';
import type { FeedbackItem, Inbox } from './types.ts';

/** The inbox's list, newest first; a piece of feedback opens in place, one at a time. */
export function FeedbackList(props: {
  ref?: Ref<HTMLUListElement>;
  region: string;
  items: FeedbackItem[];
  inbox: Inbox;
  openId: number | null;
  onToggle(id: number): void;
  onChanged(): void;
}) {
  const { t, language: uiLanguage, formatDateTime } = useI18n();
  return (
    <ul ref={props.ref} className="feedback-list" aria-label={t('feedback.list')}>
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
                <AboutText item={item} />
              </button>
            </h2>
            <p className="feedback-meta">
              <span className="badge">{t(`feedback.status.${item.status}`)}</span>{' '}
              {[
                languageName(item.language, uiLanguage),
                t(`feedback.rating.${item.rating ?? 'none'}`),
                formatDateTime(item.createdAt),
                item.assignedTo ? t('feedback.assignedTo', { name: personName(item.assignedTo) }) : '',
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

/** What a piece of feedback is about, in words; the page title and the query may run right to left. */
function AboutText({ item }: { item: FeedbackItem }) {
  const { t } = useI18n();
  if (item.kind === 'page') {
    // The title is in the region's language, else in another one; the API does not say which.
    const title = item.pageTitle ?? `#${item.pageId ?? ''}`;
    return <BidiMessage id="feedback.about.page" name="title" text={title} />;
  }
  if (item.kind === 'search') {
    // The retention period erases the search words with the comment.
    if (item.searchQuery === null) return <>{t('feedback.about.searchErased')}</>;
    return (
      <BidiMessage id="feedback.about.search" name="query" text={item.searchQuery} lang={item.language} />
    );
  }
  return <>{t('feedback.about.region')}</>;
}
