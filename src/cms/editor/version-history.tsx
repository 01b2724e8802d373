import { useState } from 'react';
import type { HistoryVersion } from '../api/types.ts';
import { Modal } from '../components/modal.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { diffHtml, diffSummary } from '../lib/html-diff.ts';
import { HtmlView } from './html-view.tsx';

/** Every version of the page in this language: view one, compare any two, restore one as a new draft. */
export function VersionHistory(props: {
  versions: HistoryVersion[];
  canRestore: boolean;
  onRestore(version: HistoryVersion): void;
}) {
  const { t, formatDateTime } = useI18n();
  const [chosen, setChosen] = useState<number[]>([]);
  const [shown, setShown] = useState<HistoryVersion | null>(null);
  const [compared, setCompared] = useState<[HistoryVersion, HistoryVersion] | null>(null);

  const choose = (id: number, isChosen: boolean) =>
    setChosen((current) =>
      isChosen
        ? [...current.filter((other) => other !== id), id].slice(-2)
        : current.filter((other) => other !== id),
    );
  const compare = () => {
    const [a, b] = chosen.map((id) => props.versions.find((version) => version.id === id));
    if (a && b) setCompared(a.id < b.id ? [a, b] : [b, a]);
  };

  if (props.versions.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t('history.title')}</h2>
      <p className="hint">{t('history.hint')}</p>
      <button type="button" disabled={chosen.length !== 2} onClick={compare}>
        {t('history.compare')}
      </button>
      <ol className="version-list">
        {props.versions.map((version, index) => {
          const older = props.versions[index + 1];
          const summary = older ? diffSummary(older.contentHtml, version.contentHtml) : null;
          return (
            <li key={version.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.includes(version.id)}
                  onChange={(event) => choose(version.id, event.target.checked)}
                />
                <span>
                  <strong>{formatDateTime(version.createdAt)}</strong>{' '}
                  <span className={`badge status-${version.status}`}>{t(`status.${version.status}`)}</span>
                  {older && isConfirmation(older, version) ? (
                    <span className="badge">{t('history.confirmed')}</span>
                  ) : (
                    version.isMinor && <span className="badge">{t('history.minor')}</span>
                  )}
                  {version.isMachineTranslated && <span className="badge">{t('history.machine')}</span>}
                  <span className="visually-hidden"> {t('history.choose')}</span>
                </span>
              </label>
              <div className="muted">
                {version.title}
                {summary && (
                  <span className="diff-summary">
                    {' '}
                    {t('history.summary', { added: summary.added, removed: summary.removed })}
                  </span>
                )}
              </div>
              {version.reviews.map((review) => (
                <p key={review.createdAt} className="review-note">
                  {t(`history.review.${review.decision}`, { date: formatDateTime(review.createdAt) })}
                  {review.comment && <q>{review.comment}</q>}
                </p>
              ))}
              <div className="button-row">
                <button type="button" className="button-link" onClick={() => setShown(version)}>
                  {t('history.view')}
                </button>
                {props.canRestore && index > 0 && (
                  <button type="button" className="button-link" onClick={() => props.onRestore(version)}>
                    {t('history.restore')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {shown && (
        <Modal
          title={t('history.viewTitle', { date: formatDateTime(shown.createdAt) })}
          onClose={() => setShown(null)}
        >
          <h3>{shown.title}</h3>
          <HtmlView html={shown.contentHtml} />
          <button type="button" onClick={() => setShown(null)}>
            {t('common.close')}
          </button>
        </Modal>
      )}
      {compared && (
        <Modal
          title={t('history.compareTitle', {
            older: formatDateTime(compared[0].createdAt),
            newer: formatDateTime(compared[1].createdAt),
          })}
          onClose={() => setCompared(null)}
        >
          <DiffView before={compared[0]} after={compared[1]} />
          <button type="button" onClick={() => setCompared(null)}>
            {t('common.close')}
          </button>
        </Modal>
      )}
    </section>
  );
}

/** Whether a version only confirmed the one before it as still correct: same text, newer source. */
function isConfirmation(older: HistoryVersion, newer: HistoryVersion): boolean {
  return (
    older.title === newer.title &&
    older.contentHtml === newer.contentHtml &&
    newer.source !== null &&
    older.source?.versionId !== newer.source.versionId
  );
}

/** Two versions' differences: the title, and the text with removed words struck and added ones marked. */
export function DiffView({
  before,
  after,
}: {
  before: { title: string; contentHtml: string };
  after: { title: string; contentHtml: string };
}) {
  const { t } = useI18n();
  return (
    <div className="diff">
      <p className="hint">{t('diff.legend')}</p>
      <h3>
        {before.title === after.title ? (
          after.title
        ) : (
          <>
            <del>{before.title}</del> <ins>{after.title}</ins>
          </>
        )}
      </h3>
      <HtmlView html={diffHtml(before.contentHtml, after.contentHtml)} />
    </div>
  );
}
