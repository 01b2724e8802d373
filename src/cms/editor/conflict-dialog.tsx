import type { WorkspaceVersion } from '../api/types.ts';
import { Modal } from '../components/modal.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { DiffView } from './version-history.tsx';

/** What the server answers with 409: the version saved in the meantime, and what this editor sent. */
export interface Conflict {
  theirs: WorkspaceVersion;
  yours: { title: string; contentHtml: string };
}

export type ConflictChoice = 'keep-mine' | 'take-theirs' | 'merge';

/**
 * Someone else saved this page since editing began. Shows how their version differs from this one and lets
 * the editor choose: save theirs over (both stay in the history), take theirs, or merge by hand.
 */
export function ConflictDialog({
  conflict,
  onChoose,
}: {
  conflict: Conflict;
  onChoose(choice: ConflictChoice): void;
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <Modal title={t('conflict.title')} onClose={() => onChoose('merge')}>
      <p>{t('conflict.intro', { date: formatDateTime(conflict.theirs.createdAt) })}</p>
      <p className="hint">{t('conflict.diffExplained')}</p>
      <DiffView before={conflict.theirs} after={conflict.yours} />
      <div className="button-row">
        <button type="button" className="button-primary" onClick={() => onChoose('merge')}>
          {t('conflict.merge')}
        </button>
        <button type="button" onClick={() => onChoose('keep-mine')}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" onClick={() => onChoose('take-theirs')}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </Modal>
  );
}
