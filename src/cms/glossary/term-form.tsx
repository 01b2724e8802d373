import { useState, type FormEvent } from 'react';
import { api, segment } from '../api/client.ts';
import { ErrorNotice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useSubmit } from '../lib/use-submit.ts';
import { LIMITS } from '../../shared/limits.ts';
import type { GlossaryTerm } from './types.ts';

/** Adding a term, or changing one (refused with a conflict when someone changed it in the meantime). */
export function TermForm(props: {
  region: string;
  term: GlossaryTerm | null;
  languages: string[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, language: uiLanguage } = useI18n();
  const [term, setTerm] = useState(props.term?.term ?? '');
  const [isDoNotTranslate, setIsDoNotTranslate] = useState(props.term?.isDoNotTranslate ?? false);
  const [translations, setTranslations] = useState<Record<string, string>>(props.term?.translations ?? {});
  const [note, setNote] = useState(props.term?.note ?? '');
  const { submit, error, isBusy } = useSubmit(() => {
    const body = { term, isDoNotTranslate, translations: isDoNotTranslate ? {} : translations, note };
    const base = `/regions/${segment(props.region)}/glossary`;
    return props.term
      ? api('PUT', `${base}/${props.term.id}`, { ...body, expectedUpdatedAt: props.term.updatedAt })
      : api('POST', base, body);
  }, props.onSaved);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };

  return (
    <form className="panel settings-form" onSubmit={save} aria-labelledby="term-form">
      <h2 id="term-form">
        {props.term ? t('glossary.editTitle', { term: props.term.term }) : t('glossary.add')}
      </h2>
      <label>
        <span className="label">{t('glossary.term')}</span>
        <input
          value={term}
          required
          maxLength={LIMITS.glossaryTermLength}
          onChange={(e) => setTerm(e.target.value)}
        />
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={isDoNotTranslate}
          onChange={(e) => setIsDoNotTranslate(e.target.checked)}
        />{' '}
        {t('glossary.doNotTranslateLabel')}
      </label>
      {!isDoNotTranslate &&
        props.languages.map((tag) => (
          <label key={tag}>
            <span className="label">{languageName(tag, uiLanguage)}</span>
            <input
              lang={tag}
              dir="auto"
              maxLength={LIMITS.glossaryTermLength}
              value={translations[tag] ?? ''}
              onChange={(e) => setTranslations({ ...translations, [tag]: e.target.value })}
            />
          </label>
        ))}
      <label>
        <span className="label">{t('glossary.note')}</span>
        <input value={note} maxLength={LIMITS.glossaryNoteLength} onChange={(e) => setNote(e.target.value)} />
      </label>
      <ErrorNotice error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={isBusy}>
          {t('glossary.save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('glossary.cancel')}
        </button>
      </div>
    </form>
  );
}
