import { useId, useState, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import { LIMITS } from '../../shared/limits.ts';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { personName } from '../lib/person-name.ts';
import { useSession } from '../lib/session.tsx';
import { useSubmit } from '../lib/use-submit.ts';
import type { FeedbackDetail } from './types.ts';

/** The internal notes and the replies sent, oldest first, and a form to add a note. */
export function NotesPanel(props: { path: string; feedback: FeedbackDetail; onAdded(): void }) {
  const { t, formatDateTime } = useI18n();
  const headingId = useId();
  const [text, setText] = useState('');
  const add = useSubmit(
    () => api('POST', `${props.path}/notes`, { text }),
    () => {
      setText('');
      props.onAdded();
    },
  );
  const { notes } = props.feedback;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('feedback.notes')}</h3>
      {notes.length === 0 ? (
        <p className="hint">{t('feedback.noNotes')}</p>
      ) : (
        <ul className="plain-list feedback-notes">
          {notes.map((note) => {
            const who = note.author ? personName(note.author) : t('feedback.someone');
            const time = formatDateTime(note.createdAt);
            return (
              <li key={note.id}>
                <p className="feedback-meta">
                  {t(note.kind === 'reply' ? 'feedback.replySent' : 'feedback.noteBy', { who, time })}
                </p>
                <p className="feedback-text" dir="auto">
                  {note.text ?? t('feedback.replyErased')}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <TextForm
        label={t('feedback.note')}
        button={t('feedback.addNote')}
        text={text}
        maxLength={LIMITS.feedbackNoteLength}
        isBusy={add.isBusy}
        onChange={setText}
        onSubmit={() => void add.submit()}
      />
      <ErrorNotice error={add.error} />
    </section>
  );
}

/** A reply to the reader by e-mail, when they left an address; otherwise why there is none (or no more). */
export function ReplyForm(props: { region: string; path: string; feedback: FeedbackDetail; onSent(): void }) {
  const { t } = useI18n();
  const regionName = useSession().accessIn(props.region)?.regionName ?? props.region;
  const headingId = useId();
  const [text, setText] = useState('');
  const reply = useSubmit(
    () => api('POST', `${props.path}/reply`, { text }),
    () => {
      setText('');
      props.onSent();
    },
  );
  const { feedback } = props;
  if (!feedback.hasEmailContact) {
    return (
      <p className="hint">
        {t(
          feedback.isErased
            ? 'feedback.reply.erased'
            : feedback.contact === null
              ? 'feedback.reply.noContact'
              : 'feedback.reply.notEmail',
        )}
      </p>
    );
  }
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('feedback.reply.title')}</h3>
      <p className="hint">{t('feedback.reply.hint', { region: regionName })}</p>
      <TextForm
        label={t('feedback.reply.label', { contact: feedback.contact ?? '' })}
        button={t('feedback.reply.send')}
        text={text}
        maxLength={LIMITS.feedbackReplyLength}
        isBusy={reply.isBusy}
        onChange={setText}
        onSubmit={() => void reply.submit()}
      />
      {reply.isSaved && <Notice kind="success">{t('feedback.reply.sent')}</Notice>}
      <ErrorNotice error={reply.error} />
    </section>
  );
}

function TextForm(props: {
  label: string;
  button: string;
  text: string;
  maxLength: number;
  isBusy: boolean;
  onChange(text: string): void;
  onSubmit(): void;
}) {
  const id = useId();
  const send = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };
  return (
    <form onSubmit={send}>
      <div className="field">
        <label htmlFor={id}>{props.label}</label>
        <textarea
          id={id}
          rows={3}
          dir="auto"
          required
          maxLength={props.maxLength}
          value={props.text}
          onChange={(event) => props.onChange(event.target.value)}
        />
      </div>
      <button type="submit" disabled={props.isBusy}>
        {props.button}
      </button>
    </form>
  );
}
