import { LIMITS } from '../../shared/limits.ts';
import type { Translator } from '../i18n.ts';
import type { FeedbackFormModel } from '../view-models.ts';

const questions = {
  page: 'feedback.question',
  search: 'feedback.searchQuestion',
  region: 'feedback.regionQuestion',
} as const;

/**
 * Feedback as a plain form that works without JavaScript: "Was this helpful?" with an optional comment on a
 * page; what was missing after a search without results; a message to the region on its contact page.
 */
export function FeedbackForm(props: { feedback: FeedbackFormModel; t: Translator['t'] }) {
  const { feedback, t } = props;
  const { target } = feedback;
  if (feedback.state === 'thanks') {
    return (
      <section class="feedback" id="feedback" aria-live="polite">
        <p class="thanks" role="status">
          {t('feedback.thanks')}
        </p>
      </section>
    );
  }
  return (
    <section class="feedback" id="feedback" aria-labelledby="feedback-heading">
      {feedback.state !== 'open' && (
        <p class="status" role="alert">
          {t(feedback.state === 'too-many' ? 'feedback.tooMany' : 'feedback.failed')}
        </p>
      )}
      <form method="post" action={feedback.action} data-feedback>
        <fieldset>
          <legend id="feedback-heading">{t(questions[target.type])}</legend>
          <input type="hidden" name="targetType" value={target.type} />
          {target.type === 'page' && <input type="hidden" name="targetId" value={String(target.id)} />}
          {target.type === 'search' && <input type="hidden" name="searchQuery" value={target.query} />}
          {target.type === 'page' && (
            <div class="choice-row">
              <label class="choice">
                <input type="radio" name="rating" value="helpful" required />
                {t('feedback.yes')}
              </label>
              <label class="choice">
                <input type="radio" name="rating" value="not-helpful" />
                {t('feedback.no')}
              </label>
            </div>
          )}
          <label for="feedback-comment">
            {t(target.type === 'page' ? 'feedback.commentLabel' : 'feedback.messageLabel')}
          </label>
          <textarea
            id="feedback-comment"
            name="comment"
            rows={3}
            dir="auto"
            maxLength={LIMITS.feedbackCommentLength}
            required={target.type !== 'page'}
          />
          <label for="feedback-contact">{t('feedback.contactLabel')}</label>
          <input
            id="feedback-contact"
            name="contact"
            type="text"
            maxLength={LIMITS.feedbackContactLength}
            autocomplete="email"
          />
          {/* A field for bots only: hidden from people and from assistive technology, so it needs no label. */}
          <div class="trap" aria-hidden="true">
            <input name="website" type="text" tabIndex={-1} autocomplete="off" />
          </div>
          <button type="submit">{t('feedback.send')}</button>
          <p
            class="status"
            role="status"
            data-thanks={t('feedback.thanks')}
            data-failed={t('feedback.failed')}
          />
        </fieldset>
      </form>
    </section>
  );
}
