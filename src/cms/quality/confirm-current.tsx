import { useRef, useState, type FormEvent } from 'react';
import { api, segment } from '../api/client.ts';
import { Field } from '../components/field.tsx';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useFocusAfterRender } from '../lib/use-focus-after-render.ts';
import { useSubmit } from '../lib/use-submit.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { FreshnessItem } from './types.ts';

/**
 * "Noch korrekt": confirms that a published text is still right without changing it, with an optional
 * note on what was checked; the review-by date starts again from today. Cancelling returns focus to the
 * button; after confirming, the caller moves it (the row goes away).
 */
export function ConfirmCurrent(props: {
  region: string;
  item: FreshnessItem;
  onConfirmed: (confirmed: FreshnessItem) => void;
}) {
  const { region, item } = props;
  const { t } = useI18n();
  const [isOpen, setIsOpen] = useState(false);
  const [note, setNote] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const confirm = useSubmit(async () => {
    const confirmed = await api<FreshnessItem>(
      'POST',
      `/regions/${segment(region)}/pages/${item.pageId}/reviews`,
      { language: item.language, note },
    );
    setIsOpen(false);
    props.onConfirmed(confirmed);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void confirm.submit();
  };
  if (!isOpen) {
    return (
      <button
        ref={opener}
        type="button"
        aria-label={t('freshness.stillCorrectFor', { title: item.title })}
        onClick={() => setIsOpen(true)}
      >
        {t('freshness.stillCorrect')}
      </button>
    );
  }
  return (
    <div className="confirm-current">
      <form onSubmit={submit} aria-label={t('freshness.confirmFor', { title: item.title })}>
        <Field
          label={t('freshness.note')}
          hint={t('freshness.noteHint')}
          value={note}
          maxLength={LIMITS.reviewNoteLength}
          autoFocus
          onChange={(event) => setNote(event.target.value)}
        />
        <span className="button-row">
          <button type="submit" className="button-primary" disabled={confirm.isBusy}>
            {t('freshness.confirm')}
          </button>
          <button
            type="button"
            onClick={() => {
              setIsOpen(false);
              focusAfterRender(() => opener.current);
            }}
          >
            {t('common.cancel')}
          </button>
        </span>
        <ErrorNotice error={confirm.error} />
      </form>
    </div>
  );
}
