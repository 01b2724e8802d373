import type { HistoryVersion } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { useMemo } from 'react';
import { highlightTerms, type MarkedTerm } from '../glossary/highlight-terms.ts';
import { HtmlView } from './html-view.tsx';
import { DiffView } from './version-history.tsx';

/**
 * Beside a translation: the source text as it is published now, and — when the source changed since the
 * version this translation was made from — what changed, word by word.
 */
export function SourcePanel(props: {
  language: string;
  sourceVersions: HistoryVersion[];
  translatedFrom: { language: string; versionId: number } | null;
  /** Given when the user may confirm the translation still correct in this language. */
  onConfirm?: () => void;
  /** Glossary terms to mark in the source, with how to translate them. */
  terms?: readonly MarkedTerm[];
}) {
  const { t, language: uiLanguage, formatDateTime } = useI18n();
  const current = props.sourceVersions.find((version) => version.status === 'published');
  const basis = props.sourceVersions.find((version) => version.id === props.translatedFrom?.versionId);
  const name = languageName(props.language, uiLanguage);
  const { terms } = props;
  const marked = useMemo(
    () => (current ? highlightTerms(current.contentHtml, terms ?? []) : ''),
    [current, terms],
  );
  return (
    <section className="panel source-panel" aria-labelledby="source-title">
      <h2 id="source-title">{t('source.title', { language: name })}</h2>
      {!current ? (
        <p className="muted">{t('source.none', { language: name })}</p>
      ) : basis && basis.id !== current.id ? (
        <>
          <p>{t('source.changed', { date: formatDateTime(basis.createdAt) })}</p>
          <DiffView before={basis} after={current} />
          {props.onConfirm && (
            <>
              <p className="hint">{t('source.stillCorrectHint')}</p>
              <button type="button" onClick={props.onConfirm}>
                {t('source.stillCorrect')}
              </button>
            </>
          )}
        </>
      ) : (
        <>
          {basis && <p className="hint">{t('source.unchanged')}</p>}
          <h3 lang={props.language}>{current.title}</h3>
          <div lang={props.language}>
            <HtmlView html={marked} />
          </div>
        </>
      )}
    </section>
  );
}
