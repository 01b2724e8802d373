import type { WorkspaceVersion } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import type { AutosaveState } from './use-autosave.ts';

/** Where the text stands: saved as which version, or changed and (not yet) kept by autosave. */
export function EditorStatusLine(props: {
  autosave: AutosaveState;
  isDirty: boolean;
  newest: WorkspaceVersion | undefined;
}) {
  const { t, formatDateTime } = useI18n();
  const { autosave } = props;
  const text = !props.isDirty
    ? props.newest
      ? `${t('editor.state.saved', {
          status: t(`status.${props.newest.status}`),
          date: formatDateTime(props.newest.createdAt),
        })}${props.newest.isMachineTranslated ? ` · ${t('history.machine')}` : ''}`
      : t('editor.state.new')
    : autosave.kind === 'saved'
      ? t('editor.state.autosaved', { date: formatDateTime(autosave.at) })
      : autosave.kind === 'failed'
        ? t('editor.state.autosaveFailed')
        : t('editor.state.unsaved');
  return (
    <span className={`status-line${autosave.kind === 'failed' ? ' is-failed' : ''}`} role="status">
      {text}
    </span>
  );
}
