import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, segment } from '../api/client.ts';
import { Field } from '../components/field.tsx';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { useSubmit } from '../lib/use-submit.ts';
import type { ReplaceOutcome } from './types.ts';

/**
 * "Replace everywhere": the old and the new address, then a confirmation that says what will happen, since
 * every page using the old address gets a new version. Opening it moves focus to its heading.
 */
export function ReplaceForm(props: {
  region: string;
  from: string;
  to: string;
  onReplaced(versionsCreated: number): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const [isConfirming, setIsConfirming] = useState(false);
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const replace = useSubmit(async () => {
    const outcome = await api<ReplaceOutcome>('POST', `/regions/${segment(props.region)}/links/replace`, {
      from,
      to,
    });
    props.onReplaced(outcome.versionsCreated);
  });
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    if (isConfirming) void replace.submit();
    else setIsConfirming(true);
  };
  return (
    <form className="panel" aria-labelledby={titleId} onSubmit={confirm}>
      <h2 id={titleId} ref={title} tabIndex={-1}>
        {t('links.replace.title')}
      </h2>
      {isConfirming ? (
        <p role="status">{t('links.replace.confirm', { from, to })}</p>
      ) : (
        <>
          <Field
            label={t('links.replace.from')}
            required
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
          <Field
            label={t('links.replace.to')}
            hint={t('links.replace.toHint')}
            type="url"
            required
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </>
      )}
      <ErrorNotice error={replace.error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={replace.isBusy}>
          {t(isConfirming ? 'links.replace.confirmButton' : 'links.replace.next')}
        </button>
        <button type="button" onClick={isConfirming ? () => setIsConfirming(false) : props.onCancel}>
          {t(isConfirming ? 'links.replace.back' : 'common.cancel')}
        </button>
      </div>
    </form>
  );
}
