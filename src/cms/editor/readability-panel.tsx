import { useDeferredValue, useId, useMemo } from 'react';
import { ScoreMeter } from '../components/score-meter.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { assessReadability, plainTextOfHtml, type ReadabilityHint } from '../../shared/readability.ts';

const shownHints = 30;

/**
 * For Easy German: how easy the text reads (German reading ease, 0–100) while it is written, with hints on
 * long sentences, long words, passive voice and numbers. It follows the typing a moment behind.
 */
export function ReadabilityPanel({ title, html }: { title: string; html: string }) {
  const { t } = useI18n();
  const text = useDeferredValue(`${title}\n${plainTextOfHtml(html)}`);
  const report = useMemo(() => assessReadability(text), [text]);
  const titleId = useId();
  const describe = (hint: ReadabilityHint) =>
    t(`readability.hint.${hint.kind}`, {
      text: hint.text.length > 80 ? `${hint.text.slice(0, 77)}…` : hint.text,
      words: Number(hint.facts.words ?? 0),
      letters: Number(hint.facts.letters ?? 0),
      limit: Number(hint.facts.limit ?? 0),
    });
  return (
    <section className="panel readability-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('readability.title')}</h2>
      <p role="status">
        <ScoreMeter score={report.score} label={t('readability.score')} />{' '}
        {t('readability.summary', {
          score: report.score,
          level: t(`readability.level.${report.level}`),
          sentences: report.sentences,
          words: report.averageSentenceWords,
        })}
      </p>
      {report.hints.length === 0 ? (
        <p className="hint">{t('readability.noHints')}</p>
      ) : (
        <ul className="readability-hints">
          {report.hints.slice(0, shownHints).map((hint) => (
            <li key={`${hint.kind}:${hint.start}`} className={`hint-${hint.kind}`}>
              {describe(hint)}
            </li>
          ))}
          {report.hints.length > shownHints && (
            <li>{t('readability.more', { count: report.hints.length - shownHints })}</li>
          )}
        </ul>
      )}
    </section>
  );
}
