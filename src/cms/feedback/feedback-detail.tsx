import { useId, useState, type FormEvent } from 'react';
import { api, segment } from '../api/client.ts';
import { ErrorNotice, Loading, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { personName } from '../lib/person-name.ts';
import { useApi } from '../lib/use-api.ts';
import { useSubmit } from '../lib/use-submit.ts';
import { NotesPanel, ReplyForm } from './feedback-notes.tsx';
import { FEEDBACK_STATUSES, type FeedbackDetail, type FeedbackStatus, type Inbox } from './types.ts';

/** A piece of feedback opened: its text and translation, its handling, the notes and the reply. */
export function FeedbackDetailPanel(props: {
  region: string;
  feedbackId: number;
  inbox: Inbox;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const path = `/regions/${segment(props.region)}/feedback/${props.feedbackId}`;
  const detail = useApi<FeedbackDetail>(path);
  if (!detail.data) return detail.error ? <ErrorNotice error={detail.error} /> : <Loading />;
  const feedback = detail.data;
  const changed = () => {
    void detail.reload();
    props.onChanged();
  };
  return (
    <div className="feedback-detail">
      <CommentTexts
        path={path}
        feedback={feedback}
        targetLanguage={props.inbox.defaultLanguage}
        onTranslated={changed}
      />
      {feedback.contact !== null && (
        <p>
          {t('feedback.contact')}: <span dir="auto">{feedback.contact}</span>
        </p>
      )}
      <HandlingForm path={path} feedback={feedback} inbox={props.inbox} onSaved={changed} />
      <NotesPanel path={path} feedback={feedback} onAdded={changed} />
      <ReplyForm region={props.region} path={path} feedback={feedback} onSent={changed} />
    </div>
  );
}

/** The reader's comment, and beside it its translation into the region's language, made on request. */
function CommentTexts(props: {
  path: string;
  feedback: FeedbackDetail;
  targetLanguage: string;
  onTranslated(): void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const { feedback } = props;
  const translate = useSubmit(() => api('POST', `${props.path}/translation`), props.onTranslated);
  const canTranslate =
    feedback.comment !== null && feedback.language !== props.targetLanguage && !feedback.translation;
  return (
    <div className="feedback-texts">
      <div className="panel">
        <h3>{t('feedback.original', { language: languageName(feedback.language, uiLanguage) })}</h3>
        {feedback.isErased ? (
          <p className="hint">{t('feedback.erased')}</p>
        ) : feedback.comment === null ? (
          <p className="hint">{t('feedback.noComment')}</p>
        ) : (
          <p className="feedback-text" dir="auto" lang={feedback.language}>
            {feedback.comment}
          </p>
        )}
        {canTranslate && (
          <button type="button" disabled={translate.isBusy} onClick={() => void translate.submit()}>
            {t(translate.isBusy ? 'feedback.translating' : 'feedback.translate')}
          </button>
        )}
        <ErrorNotice error={translate.error} />
      </div>
      {feedback.translation && (
        <div className="panel">
          <h3>
            {t('feedback.translation', {
              language: languageName(feedback.translation.language, uiLanguage),
              provider: feedback.translation.provider === 'deepl' ? 'DeepL' : 'LibreTranslate',
            })}
          </h3>
          <p className="feedback-text" dir="auto" lang={feedback.translation.language}>
            {feedback.translation.text}
          </p>
        </div>
      )}
    </div>
  );
}

/** The status of a piece of feedback and who takes care of it. */
function HandlingForm(props: { path: string; feedback: FeedbackDetail; inbox: Inbox; onSaved(): void }) {
  const { t } = useI18n();
  const statusId = useId();
  const assigneeId = useId();
  const [status, setStatus] = useState<FeedbackStatus>(props.feedback.status);
  const [assignee, setAssignee] = useState(String(props.feedback.assignedTo?.userId ?? ''));
  const save = useSubmit(
    () =>
      api('PATCH', props.path, {
        status,
        assignedTo: assignee === '' ? null : Number(assignee),
      }),
    props.onSaved,
  );
  const send = (event: FormEvent) => {
    event.preventDefault();
    void save.submit();
  };
  const current = props.feedback.assignedTo;
  const people =
    current && !props.inbox.assignees.some((person) => person.userId === current.userId)
      ? [...props.inbox.assignees, current]
      : props.inbox.assignees;
  return (
    <form className="filter-bar" aria-label={t('feedback.handling')} onSubmit={send}>
      <div className="field">
        <label htmlFor={statusId}>{t('feedback.status')}</label>
        <select
          id={statusId}
          value={status}
          onChange={(event) => setStatus(event.target.value as FeedbackStatus)}
        >
          {FEEDBACK_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`feedback.status.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={assigneeId}>{t('feedback.assignee')}</label>
        <select id={assigneeId} value={assignee} onChange={(event) => setAssignee(event.target.value)}>
          <option value="">{t('feedback.nobody')}</option>
          {people.map((person) => (
            <option key={person.userId} value={String(person.userId)}>
              {personName(person)}
            </option>
          ))}
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={save.isBusy}>
          {t('feedback.save')}
        </button>
      </div>
      {save.isSaved && <Notice kind="success">{t('feedback.saved')}</Notice>}
      <ErrorNotice error={save.error} />
    </form>
  );
}
