import { useI18n } from '../i18n/i18n.ts';
import type { Batch } from './types.ts';

/** How far a batch has come, as a progress bar with counts, and why pages failed or were left out. */
export function BatchProgress({ batch, titleOf }: { batch: Batch; titleOf?: (pageId: number) => string }) {
  const { t } = useI18n();
  const finished = batch.total - batch.queued;
  const problems = batch.items.filter((item) => item.status === 'failed' || item.status === 'skipped');
  return (
    <div className="batch-progress" role="status">
      <label>
        <span className="label">{batch.queued > 0 ? t('mt.batch.running') : t('mt.batch.finished')}</span>
        <progress max={batch.total} value={finished} />{' '}
        {t('mt.batch.counts', {
          done: batch.done,
          total: batch.total,
          skipped: batch.skipped,
          failed: batch.failed,
        })}
      </label>
      {batch.queued === 0 && problems.length > 0 && (
        <ul className="batch-problems">
          {problems.map((item) => (
            <li key={item.id}>
              <strong>{titleOf?.(item.pageId) ?? t('tree.untitled', { id: item.pageId })}</strong>:{' '}
              {t(`mt.status.${item.status}`)} – {item.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
