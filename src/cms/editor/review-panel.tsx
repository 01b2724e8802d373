import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, segment } from '../api/client.ts';
import type { HistoryVersion } from '../api/types.ts';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSubmit } from '../lib/use-submit.ts';
import { DiffView } from './version-history.tsx';

/**
 * Deciding on a version in review: what changed since the published version (or all of it, for a first
 * publication), then approve — it is published — or send it back with a comment saying what to change.
 */
export function ReviewPanel(props: {
  region: string;
  inReview: HistoryVersion;
  published: HistoryVersion | undefined;
  /** Why this reviewer may not approve (Easy German written by themselves); approving is offered otherwise. */
  cannotApproveBecause?: string | undefined;
  onDecided(decision: 'approve' | 'send-back'): void;
  /** What else helps to decide, such as Easy German's readability. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const decision = useRef<'approve' | 'send-back'>('approve');
  const { submit, error, isBusy } = useSubmit(
    () =>
      api('POST', `/regions/${segment(props.region)}/versions/${props.inReview.id}/review`, {
        decision: decision.current,
        comment,
      }),
    () => props.onDecided(decision.current),
  );
  const decide = (chosen: 'approve' | 'send-back', event?: FormEvent) => {
    event?.preventDefault();
    decision.current = chosen;
    void submit();
  };

  return (
    <section aria-labelledby="review-title" className="panel review-panel">
      <h2 id="review-title">{t('review.title')}</h2>
      <p>{props.published ? t('review.changesSincePublished') : t('review.firstPublication')}</p>
      <DiffView before={props.published ?? { title: '', contentHtml: '' }} after={props.inReview} />
      {props.children}
      {props.cannotApproveBecause && <p className="hint">{props.cannotApproveBecause}</p>}
      <form onSubmit={(event) => decide('send-back', event)}>
        <ErrorNotice error={error} />
        <label className="label" htmlFor="review-comment">
          {t('review.comment')}
        </label>
        <p className="hint" id="review-comment-hint">
          {t('review.commentHint')}
        </p>
        <textarea
          id="review-comment"
          aria-describedby="review-comment-hint"
          rows={3}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
        <div className="button-row">
          {!props.cannotApproveBecause && (
            <button
              type="button"
              className="button-primary"
              disabled={isBusy}
              onClick={() => decide('approve')}
            >
              {t('review.approve')}
            </button>
          )}
          <button type="submit" disabled={isBusy}>
            {t('review.sendBack')}
          </button>
        </div>
      </form>
    </section>
  );
}
