import { useState } from 'react';
import { api, ApiError, segment } from '../api/client.ts';
import { ErrorNotice, Notice } from '../components/notice.tsx';
import { useI18n } from '../i18n/i18n.ts';
import { languageName } from '../lib/language-name.ts';
import { canMachineTranslateInto } from '../lib/permissions.ts';
import { useSession } from '../lib/session.tsx';
import { useApi } from '../lib/use-api.ts';
import { BatchProgress } from './batch-progress.tsx';
import type { Batch, LeftOutReason, MachineTranslationStatus, RequestOutcome } from './types.ts';
import { useBatch } from './use-batch.ts';

const providerNames = { deepl: 'DeepL', libretranslate: 'LibreTranslate' } as const;

/**
 * In the editor of a translation: have this page machine-translated into the language. The result is a new
 * draft marked machine-translated, which `onTranslated` loads into the editor.
 */
export function TranslatePageButton(props: {
  region: string;
  pageId: number;
  language: string;
  /** Unsaved changes in the editor: translating now would leave them behind. */
  hasUnsavedChanges: boolean;
  onTranslated: (batch: Batch) => void;
}) {
  const { region, pageId, language } = props;
  const { t, language: uiLanguage } = useI18n();
  const access = useSession().accessIn(region);
  const status = useApi<MachineTranslationStatus>(`/regions/${segment(region)}/machine-translation`);
  const [batchId, setBatchId] = useState<number | null>(null);
  const [leftOut, setLeftOut] = useState<LeftOutReason>();
  const [error, setError] = useState<ApiError>();
  const [isBusy, setIsBusy] = useState(false);
  const { batch } = useBatch(region, batchId, props.onTranslated);
  const settings = status.data?.languages.find((entry) => entry.tag === language);
  if (!settings?.isAvailable || !settings.provider || !canMachineTranslateInto(access, language)) return null;

  const translate = async () => {
    setIsBusy(true);
    try {
      const outcome = await api<RequestOutcome>(
        'POST',
        `/regions/${segment(region)}/machine-translation/requests`,
        { language, pageIds: [pageId] },
      );
      setError(undefined);
      setLeftOut(outcome.leftOut[0]?.reason);
      setBatchId(outcome.batchId);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : undefined);
    } finally {
      setIsBusy(false);
    }
  };
  const isRunning = batch !== undefined && batch.queued > 0;
  return (
    <div className="translate-page">
      <button
        type="button"
        disabled={isBusy || isRunning || props.hasUnsavedChanges}
        onClick={() => void translate()}
      >
        {t('mt.translatePage', {
          language: languageName(language, uiLanguage),
          provider: providerNames[settings.provider],
        })}
      </button>
      {props.hasUnsavedChanges && <p className="hint">{t('mt.saveFirst')}</p>}
      <p className="hint">{t(settings.mayPublishDirectly ? 'mt.publishesDirectly' : 'mt.becomesDraft')}</p>
      {leftOut && <Notice kind="info">{t(`mt.leftOut.${leftOut}`)}</Notice>}
      <ErrorNotice error={error} />
      {batch && <BatchProgress batch={batch} />}
    </div>
  );
}
