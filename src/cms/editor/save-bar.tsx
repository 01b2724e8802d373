import type { ReactNode } from 'react';
import type { VersionStatus } from '../api/types.ts';
import { useI18n } from '../i18n/i18n.ts';
import { EASY_GERMAN } from '../../shared/languages.ts';

/**
 * Below the text: mark the change minor, save a draft, and publish or submit for review — whichever the
 * user may in this language (Easy German is always submitted, for its second-person review).
 */
export function SaveBar(props: {
  language: string;
  isMinor: boolean;
  onMinorChange: (isMinor: boolean) => void;
  publishes: boolean;
  isSaving: boolean;
  onSave: (status: VersionStatus) => void;
  /** Where the text stands (saved, autosaved, unsaved). */
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [finalStatus, finalLabel] = props.publishes
    ? (['published', 'editor.publish'] as const)
    : (['review', 'editor.submit'] as const);
  return (
    <div className="save-bar">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.isMinor}
          onChange={(event) => props.onMinorChange(event.target.checked)}
        />
        {t('editor.minor')}
      </label>
      <p className="hint">{t('editor.minorHint')}</p>
      {props.language === EASY_GERMAN && <p className="hint">{t('editor.easyGermanReview')}</p>}
      <div className="button-row">
        <button type="button" disabled={props.isSaving} onClick={() => props.onSave('draft')}>
          {t('editor.saveDraft')}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={props.isSaving}
          onClick={() => props.onSave(finalStatus)}
        >
          {t(finalLabel)}
        </button>
        {props.children}
      </div>
    </div>
  );
}
